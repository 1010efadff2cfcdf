using System.Text;

namespace Hub.IntegrationTests.BadInput;

public static partial class BadInputCorpus
{
    private const string WorkflowsPath = "/api/v1/workflows";
    private const string InstancesPath = "/api/v1/workflow-instances";
    private static readonly int[] Unprocessable = [422];

    private const string ValidWorkflow = "id: probe\ntrigger: order.created\nsteps:\n  - send: { template: order-confirmation, channels: [sms] }\n";

    private static Func<BadInputHub, Task<BadInputAnswer>> PutDraft(string body, string? contentType = "application/yaml", string id = "probe") =>
        Admin(HttpMethod.Put, $"{WorkflowsPath}/{id}/draft", Encoding.UTF8.GetBytes(body), contentType);

    private static IEnumerable<BadInputCase> WorkflowCases()
    {
        yield return Case("workflow draft: text/plain", UnsupportedMediaType, PutDraft(ValidWorkflow, "text/plain"));
        yield return Case("workflow draft: form fields", UnsupportedMediaType, PutDraft("id=probe", "application/x-www-form-urlencoded"));
        yield return Case("workflow draft: no content type", UnsupportedMediaType, PutDraft(ValidWorkflow, contentType: null));
        yield return Case("workflow draft: YAML in latin-1", UnsupportedMediaType, PutDraft(ValidWorkflow, "application/yaml; charset=iso-8859-1"));
        yield return Case("workflow draft: YAML that does not parse", Unprocessable, PutDraft("id: [unclosed\ntrigger: {"));
        yield return Case("workflow draft: unknown fields", Unprocessable, PutDraft(ValidWorkflow + "owner: me\n"));
        yield return Case("workflow draft: an unknown step kind", Unprocessable, PutDraft(ValidWorkflow.Replace("send:", "sned:", StringComparison.Ordinal)));
        yield return Case("workflow draft: a YAML list, not a mapping", Unprocessable, PutDraft("- id: probe\n"));
        yield return Case("workflow draft: two YAML documents", Unprocessable, PutDraft(ValidWorkflow + "---\n" + ValidWorkflow));
        yield return Case("workflow draft: 10,000 levels of YAML nesting", Unprocessable, PutDraft("id: probe\nx: " + DeeplyNested()));
        yield return Case("workflow draft: a YAML alias bomb", Unprocessable, PutDraft(
            "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n"));
        yield return Case("workflow draft: an id other than the URL's", Unprocessable, PutDraft(ValidWorkflow, id: "other"));
        yield return Case("workflow draft: path traversal in the id", [404, 422], PutDraft(ValidWorkflow, id: "..%2F..%2Fconnectors"));
        yield return Case("workflow draft: a missing template", Unprocessable, PutDraft(ValidWorkflow.Replace("order-confirmation", "no-such-template", StringComparison.Ordinal)));
        yield return Case("workflow draft: an expression that does not parse", Unprocessable, PutDraft(ValidWorkflow.Replace("trigger: order.created", "trigger: { event: order.created, when: \"a ==\" }", StringComparison.Ordinal)));
        yield return Case("workflow draft: invalid UTF-8", BadRequest, Admin(HttpMethod.Put, $"{WorkflowsPath}/probe/draft", Bytes("id: ", new byte[] { 0xFF, 0xFE }, "\n"), "application/yaml"));
        yield return Case("workflow draft: empty body", BadRequest, PutDraft(""));
        yield return Case("workflow draft: 600 KiB", [413], PutDraft("id: probe\n# " + new string('x', 600 * 1024)));
        yield return Case("workflow draft: truncated JSON", BadRequest, PutDraft("""{"id": "probe", "trigger": """, "application/json"));
        yield return Case("workflow draft: JSON with duplicate keys", BadRequest, PutDraft("""{"id": "probe", "id": "other"}""", "application/json"));
        yield return Case("workflow draft: 10,000 levels of JSON nesting", BadRequest, PutDraft("""{"id": "probe", "steps": """ + DeeplyNested() + "}", "application/json"));
        yield return Case("workflow draft: JSON array", Unprocessable, PutDraft("[1, 2]", "application/json"));
        yield return Case("workflow draft: JSON null", Unprocessable, PutDraft("null", "application/json"));
        yield return Case("workflow draft: JSON with unknown fields", Unprocessable, PutDraft("""{"id": "probe", "trigger": "order.created", "steps": [{"end": null}], "owner": "me"}""", "application/json"));
        yield return Case("workflow draft: JSON steps as a string", Unprocessable, PutDraft("""{"id": "probe", "trigger": "order.created", "steps": "send everything"}""", "application/json"));
        yield return Case("workflow draft: without the key", Unauthorized, Admin(HttpMethod.Put, $"{WorkflowsPath}/probe/draft", Encoding.UTF8.GetBytes(ValidWorkflow), "application/yaml", authenticated: false));
        yield return Case("workflow draft: GET", MethodNotAllowed, Admin(HttpMethod.Get, $"{WorkflowsPath}/probe/draft"));
        yield return Case("workflows: unknown id", NotFound, Admin(HttpMethod.Get, $"{WorkflowsPath}/no-such-workflow"));
        yield return Case("workflows: a 4,000-character id", NotFound, Admin(HttpMethod.Get, $"{WorkflowsPath}/" + new string('w', 4000)));
        yield return Case("workflows: publish of an unknown workflow", NotFound, Admin(HttpMethod.Post, $"{WorkflowsPath}/no-such-workflow/publish"));
        yield return Case("workflows: publish without a draft", [409], Admin(HttpMethod.Post, $"{WorkflowsPath}/order-confirmation/publish"));
        yield return Case("workflows: rollback to an unknown version", NotFound, Admin(HttpMethod.Post, $"{WorkflowsPath}/order-confirmation/rollback", """{"version": 99}"""));
        yield return Case("workflows: rollback of an unknown workflow", NotFound, Admin(HttpMethod.Post, $"{WorkflowsPath}/no-such-workflow/rollback", """{"version": 1}"""));
        yield return Case("workflows: rollback without a version", BadRequest, Admin(HttpMethod.Post, $"{WorkflowsPath}/order-confirmation/rollback", "{}"));
        yield return Case("workflows: rollback to version \"one\"", BadRequest, Admin(HttpMethod.Post, $"{WorkflowsPath}/order-confirmation/rollback", """{"version": "one"}"""));
        yield return Case("workflows: rollback with duplicate keys", BadRequest, Admin(HttpMethod.Post, $"{WorkflowsPath}/order-confirmation/rollback", """{"version": 1, "version": 2}"""));
        yield return Case("workflows: rollback as text/plain", UnsupportedMediaType, Admin(HttpMethod.Post, $"{WorkflowsPath}/order-confirmation/rollback", Encoding.UTF8.GetBytes("1"), "text/plain"));
        yield return Case("workflows: validate text/plain", UnsupportedMediaType, Admin(HttpMethod.Post, $"{WorkflowsPath}/validate", Encoding.UTF8.GetBytes(ValidWorkflow), "text/plain"));
        yield return Case("workflows: validate broken YAML answers its errors", [200], Admin(HttpMethod.Post, $"{WorkflowsPath}/validate", Encoding.UTF8.GetBytes("id: [unclosed"), "application/yaml"));
        yield return Case("workflows: DELETE", MethodNotAllowed, Admin(HttpMethod.Delete, WorkflowsPath));
        yield return Case("schemas: POST the workflow schema", MethodNotAllowed, Admin(HttpMethod.Post, "/api/v1/schemas/workflow", "{}"));

        var unknown = Guid.NewGuid();
        yield return Case("workflow instances: unknown id", NotFound, Admin(HttpMethod.Get, $"{InstancesPath}/{unknown}"));
        yield return Case("workflow instances: not a GUID", NotFound, Admin(HttpMethod.Get, $"{InstancesPath}/..%2F..%2Fetc%2Fpasswd"));
        yield return Case("workflow instances: unknown status filter", BadRequest, Admin(HttpMethod.Get, $"{InstancesPath}?status=asleep"));
        yield return Case("workflow instances: limit is not a number", BadRequest, Admin(HttpMethod.Get, $"{InstancesPath}?limit=lots"));
        foreach (var action in new[] { "cancel", "retry" })
        {
            yield return Case($"workflow instances {action}: unknown id", NotFound, Admin(HttpMethod.Post, $"{InstancesPath}/{unknown}/{action}"));
            yield return Case($"workflow instances {action}: not a GUID", NotFound, Admin(HttpMethod.Post, $"{InstancesPath}/nope/{action}"));
            yield return Case($"workflow instances {action}: GET", MethodNotAllowed, Admin(HttpMethod.Get, $"{InstancesPath}/{unknown}/{action}"));
            yield return Case($"workflow instances {action}: without the key", Unauthorized, Admin(HttpMethod.Post, $"{InstancesPath}/{unknown}/{action}", "{", authenticated: false));
        }
    }
}
