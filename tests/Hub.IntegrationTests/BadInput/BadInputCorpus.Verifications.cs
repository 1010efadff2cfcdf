namespace Hub.IntegrationTests.BadInput;

public static partial class BadInputCorpus
{
    private const string VerificationsPath = "/api/v1/verifications";
    private const string SandboxInboundPath = "/api/v1/sandbox/inbound";

    private static IEnumerable<BadInputCase> VerificationCases()
    {
        var unknown = Guid.NewGuid();
        yield return Case("verification: no recipient", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"channels": ["sms"]}"""));
        yield return Case("verification: to is a string", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": "+4791234567"}"""));
        yield return Case("verification: a phone that is not E.164", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": "91234567"}}"""));
        yield return Case("verification: an unknown channel", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": "+4791234567"}, "channels": ["pager"]}"""));
        yield return Case("verification: a channel twice", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": "+4791234567"}, "channels": ["sms", "sms"]}"""));
        yield return Case("verification: length is text", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": "+4791234567"}, "length": "six"}"""));
        yield return Case("verification: eleven digits", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": "+4791234567"}, "length": 11}"""));
        yield return Case("verification: expires in the past", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": "+4791234567"}, "expiresIn": -5}"""));
        yield return Case("verification: expiresIn and ttl disagree", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": "+4791234567"}, "expiresIn": 60, "ttl": 120}"""));
        yield return Case("verification: an unknown template", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": "+4791234567"}, "template": "no-such-template"}"""));
        yield return Case("verification: email channel without an address", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": "+4791234567"}, "channels": ["email"]}"""));
        yield return Case("verification: a truncated body", BadRequest, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": """));
        yield return Case("verification: without the key", Unauthorized, Admin(HttpMethod.Post, VerificationsPath, """{"to": {"phone": "+4791234567"}}""", authenticated: false));
        yield return Case("verification check: unknown id", NotFound, Admin(HttpMethod.Post, $"{VerificationsPath}/{unknown}/check", """{"code": "123456"}"""));
        yield return Case("verification check: not a GUID", NotFound, Admin(HttpMethod.Post, $"{VerificationsPath}/not-a-guid/check", """{"code": "123456"}"""));
        yield return Case("verification check: no code", BadRequest, Admin(HttpMethod.Post, $"{VerificationsPath}/{unknown}/check", "{}"));
        yield return Case("verification check: code is a number", BadRequest, Admin(HttpMethod.Post, $"{VerificationsPath}/{unknown}/check", """{"code": 123456}"""));
        yield return Case("verification: unknown id", NotFound, Admin(HttpMethod.Get, $"{VerificationsPath}/{unknown}"));
        yield return Case("sandbox inbound: nothing", BadRequest, Admin(HttpMethod.Post, SandboxInboundPath, "{}"));
        yield return Case("sandbox inbound: an unknown channel", BadRequest, Admin(HttpMethod.Post, SandboxInboundPath, """{"channel": "pager", "from": "+4791234567", "text": "STOP"}"""));
        yield return Case("sandbox inbound: from is not a number", BadRequest, Admin(HttpMethod.Post, SandboxInboundPath, """{"channel": "sms", "from": "me", "text": "STOP"}"""));
        yield return Case("sandbox inbound: text is a number", BadRequest, Admin(HttpMethod.Post, SandboxInboundPath, """{"channel": "sms", "from": "+4791234567", "text": 5}"""));
        yield return Case("sandbox inbound: without the key", Unauthorized, Admin(HttpMethod.Post, SandboxInboundPath, """{"channel": "sms", "from": "+4791234567", "text": "STOP"}""", authenticated: false));
        yield return Case("sandbox messages: limit is not a number", BadRequest, Admin(HttpMethod.Get, "/api/v1/sandbox/messages?limit=many"));
    }
}
