using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

public sealed class EnrichmentTests : IDisposable
{
    private const string HubSpotSpec = """
        type: hubspot
        name: HubSpot
        verify: { scheme: none }
        batch: body
        item_id: '[item.portalId, item.subscriptionId, item.eventId, item.objectId] | array.join ":"'
        event_type: item.subscriptionType ?? item.eventType
        settings:
          apiBase: { type: url, default: "https://api.hubapi.com" }
        credentials:
          accessToken: { required: true, help: The private app's access token }
        enrich:
          contact:
            when: (item.subscriptionType ?? item.eventType) | string.starts_with "contact."
            get: "{{ settings.apiBase }}/crm/v3/objects/contacts/{{ item.objectId }}?properties=firstname,email"
            auth: { bearer: credentials.accessToken }
        routes:
          contact.creation:
            emit: contact.created
            subject: item.objectId | text
            data:
              contact:
                id: item.objectId | text
                firstName: enriched.contact.properties.firstname
                email: enriched.contact.properties.email
          deal.creation:
            emit: deal.stage_changed
            data:
              deal: { id: item.objectId | text }
              contact: { email: enriched.contact.properties.email }
        """;

    private const string AcuitySpec = """
        type: acuity
        name: Acuity Scheduling
        format: form
        verify: { scheme: none }
        event_type: body.action
        settings:
          apiBase: { type: url, default: "https://acuityscheduling.com/api/v1" }
        credentials:
          userId: { required: true }
          apiKey: { required: true }
        enrich:
          appointment:
            get: "{{ settings.apiBase }}/appointments/{{ body.id }}"
            auth:
              basic: { username: credentials.userId, password: credentials.apiKey }
        routes:
          scheduled:
            emit: appointment.booked
            subject: body.id
            data:
              appointment: { id: body.id, start: enriched.appointment.datetime }
              contact: { firstName: enriched.appointment.firstName }
          canceled:
            ignore: true
        """;

    private const string ContactJson = """{"id": "1246978", "properties": {"firstname": "Ada", "email": "ada@example.com"}}""";
    private const string ContactUrl = "https://api.hubapi.com/crm/v3/objects/contacts/1246978?properties=firstname,email";
    private const string AppointmentUrl = "https://acuityscheduling.com/api/v1/appointments/123";

    private readonly TempSpecDirectory _specs = new();
    private readonly ConnectorDefinition _hubspot;
    private readonly ConnectorDefinition _acuity;

    public EnrichmentTests()
    {
        _hubspot = _specs.Load("hubspot", HubSpotSpec);
        _acuity = _specs.Load("acuity", AcuitySpec);
    }

    public void Dispose() => _specs.Dispose();

    private static ConnectorContext HubSpotContext(JsonObject? settings = null) =>
        new("hs-1", settings ?? [], new JsonObject { ["accessToken"] = "pat-secret-token" });

    private static ConnectorContext AcuityContext(string? apiKey = "acuity-key") =>
        new("ac-1", [], apiKey is null ? new JsonObject { ["userId"] = "7" } : new JsonObject { ["userId"] = "7", ["apiKey"] = apiKey });

    private static WebhookRequest HubSpotBatch(params string[] elements) => TestRequests.Of("[" + string.Join(",", elements) + "]");

    private static string Creation(long objectId, long eventId = 1) =>
        $$"""{"objectId": {{objectId}}, "eventId": {{eventId}}, "portalId": 62515, "subscriptionId": 1, "subscriptionType": "contact.creation"}""";

    [Fact]
    public async Task A_lookup_fills_the_mapping_with_the_sources_answer()
    {
        var client = new FakeEnrichmentClient().Answer(ContactUrl, ContactJson);

        var result = await _hubspot.NormalizeRequestAsync(HubSpotBatch(Creation(1246978)), HubSpotContext(), client);

        var e = Assert.Single(result.Events);
        Assert.Equal("""{"contact":{"id":"1246978","firstName":"Ada","email":"ada@example.com"}}""", e.Data.ToJsonString());
        var (url, headers) = Assert.Single(client.Calls);
        Assert.Equal(ContactUrl, url.AbsoluteUri);
        Assert.Equal("Bearer pat-secret-token", headers["Authorization"]);
        Assert.DoesNotContain("pat-secret-token", e.ToCloudEventJson().ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_are_shared_within_a_request_and_skipped_when_the_condition_fails()
    {
        var client = new FakeEnrichmentClient().Answer(ContactUrl, ContactJson);
        var deal = """{"objectId": 5, "eventId": 3, "subscriptionType": "deal.creation"}""";

        var result = await _hubspot.NormalizeRequestAsync(HubSpotBatch(Creation(1246978, 1), Creation(1246978, 2), deal), HubSpotContext(), client);

        Assert.Equal(3, result.Events.Count);
        Assert.Single(client.Calls);
        Assert.Equal("""{"deal":{"id":"5"}}""", result.Events[2].Data.ToJsonString());
    }

    [Fact]
    public async Task The_base_url_comes_from_settings_and_payload_values_are_escaped()
    {
        var url = "http://127.0.0.1:9/hubspot/crm/v3/objects/contacts/12%2F..%2F34%20x?properties=firstname,email";
        var client = new FakeEnrichmentClient().Answer(url, ContactJson);
        var settings = new JsonObject { ["apiBase"] = "http://127.0.0.1:9/hubspot/" };
        var element = """{"objectId": "12/../34 x", "eventId": 1, "subscriptionType": "contact.creation"}""";

        await _hubspot.NormalizeRequestAsync(HubSpotBatch(element), HubSpotContext(settings), client);

        Assert.Equal(url, Assert.Single(client.Calls).Url.AbsoluteUri);
    }

    [Theory]
    [InlineData("..", "%2E%2E")]
    [InlineData(".", "%2E")]
    [InlineData("%2E%2E", "%252E%252E")]
    public async Task A_dot_segment_from_the_payload_does_not_change_the_lookup_path(string objectId, string escaped)
    {
        var url = $"https://api.hubapi.com/crm/v3/objects/contacts/{escaped}?properties=firstname,email";
        var client = new FakeEnrichmentClient().Answer(url, ContactJson);
        var element = $$"""{"objectId": "{{objectId}}", "eventId": 1, "subscriptionType": "contact.creation"}""";

        await _hubspot.NormalizeRequestAsync(HubSpotBatch(element), HubSpotContext(), client);

        var called = Assert.Single(client.Calls).Url;
        Assert.Equal(url, called.AbsoluteUri);
        Assert.Equal($"/crm/v3/objects/contacts/{escaped}", called.AbsolutePath);
    }

    [Fact]
    public async Task Basic_auth_reads_two_credentials_and_ignored_events_make_no_call()
    {
        var client = new FakeEnrichmentClient().Answer(AppointmentUrl, """{"id": 123, "datetime": "2026-03-02T10:00:00-0500", "firstName": "Bob"}""");

        var booked = await _acuity.NormalizeRequestAsync(TestRequests.Of("action=scheduled&id=123&calendarID=1"), AcuityContext(), client);
        var canceled = await _acuity.NormalizeRequestAsync(TestRequests.Of("action=canceled&id=123"), AcuityContext(), client);

        Assert.Equal("""{"appointment":{"id":"123","start":"2026-03-02T10:00:00-0500"},"contact":{"firstName":"Bob"}}""", Assert.Single(booked.Events).Data.ToJsonString());
        Assert.Empty(canceled.Events);
        Assert.Equal("Basic " + Convert.ToBase64String("7:acuity-key"u8.ToArray()), Assert.Single(client.Calls).Headers["Authorization"]);
    }

    [Theory]
    [InlineData(401, "was refused (401 Unauthorized)")]
    [InlineData(403, "was refused (403 Forbidden)")]
    [InlineData(404, "was refused (404 Not Found)")]
    public async Task A_refused_lookup_is_a_mapping_failure_naming_lookup_url_and_status(int status, string outcome)
    {
        var client = new FakeEnrichmentClient().Fail(AppointmentUrl, status, transient: false);

        var ex = await Assert.ThrowsAsync<MappingException>(() =>
            _acuity.NormalizeRequestAsync(TestRequests.Of("action=scheduled&id=123"), AcuityContext(), client));

        Assert.Equal($"enrich appointment: GET {AppointmentUrl} {outcome}", ex.Message);
        Assert.IsType<EnrichmentException>(ex.InnerException);
        Assert.DoesNotContain("acuity-key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_failure_stays_an_enrichment_exception_for_the_queue_to_retry()
    {
        var client = new FakeEnrichmentClient().Fail(AppointmentUrl, 503, transient: true);

        var ex = await Assert.ThrowsAsync<EnrichmentException>(() =>
            _acuity.NormalizeRequestAsync(TestRequests.Of("action=scheduled&id=123"), AcuityContext(), client));

        Assert.True(ex.IsTransient);
        Assert.Equal(503, ex.StatusCode);
        Assert.Equal($"enrich appointment: GET {AppointmentUrl} failed (503 Service Unavailable); it will be retried", ex.Message);
    }

    [Fact]
    public async Task A_missing_credential_or_url_value_fails_without_calling_out()
    {
        var client = new FakeEnrichmentClient();

        var credential = await Assert.ThrowsAsync<MappingException>(() =>
            _acuity.NormalizeRequestAsync(TestRequests.Of("action=scheduled&id=123"), AcuityContext(apiKey: null), client));
        var hole = await Assert.ThrowsAsync<MappingException>(() =>
            _acuity.NormalizeRequestAsync(TestRequests.Of("action=scheduled"), AcuityContext(), client));

        Assert.Equal(("scheduled", "enrich.appointment.auth.basic.password"), (credential.Route, credential.Field));
        Assert.Contains("'credentials.apiKey' gave nothing", credential.Message, StringComparison.Ordinal);
        Assert.Equal("route scheduled, field enrich.appointment.get: {{ body.id }} is empty in '{{ settings.apiBase }}/appointments/{{ body.id }}'", hole.Message);
        Assert.Empty(client.Calls);
    }

    [Fact]
    public async Task Header_auth_and_lookups_that_read_earlier_lookups()
    {
        var pipedrive = _specs.Load("pipedrive", """
            type: pipedrive
            name: Pipedrive
            verify: { scheme: none }
            event_type: body.meta.entity + "." + body.meta.action
            settings:
              apiBase: { type: url, default: "https://api.pipedrive.com" }
            credentials:
              apiToken: { required: true }
            enrich:
              deal:
                get: "{{ settings.apiBase }}/api/v2/deals/{{ body.data.id }}"
                auth: { header: { x-api-token: credentials.apiToken } }
              person:
                when: enriched.deal.data.person_id != null
                get: "{{ settings.apiBase }}/api/v2/persons/{{ enriched.deal.data.person_id }}"
                auth: { header: { x-api-token: credentials.apiToken } }
                headers: { Accept: application/json, X-Deal: "deal {{ body.data.id }}" }
            routes:
              deal.change:
                emit: deal.stage_changed
                data:
                  deal: { id: body.data.id | text, stage: enriched.deal.data.stage_id }
                  contact: { firstName: enriched.person.data.first_name }
            """);
        var client = new FakeEnrichmentClient()
            .Answer("https://api.pipedrive.com/api/v2/deals/9", """{"data": {"id": 9, "stage_id": 3, "person_id": 77}}""")
            .Answer("https://api.pipedrive.com/api/v2/persons/77", """{"data": {"first_name": "Cy"}}""");
        var request = TestRequests.Of("""{"meta": {"entity": "deal", "action": "change"}, "data": {"id": 9}}""");

        var e = Assert.Single((await pipedrive.NormalizeRequestAsync(request, new("pd-1", [], new JsonObject { ["apiToken"] = "t0k" }), client)).Events);

        Assert.Equal("""{"deal":{"id":"9","stage":3},"contact":{"firstName":"Cy"}}""", e.Data.ToJsonString());
        Assert.Equal(["t0k", "t0k"], client.Calls.Select(c => c.Headers["x-api-token"]));
        Assert.Equal(("application/json", "deal 9"), (client.Calls[1].Headers["Accept"], client.Calls[1].Headers["X-Deal"]));
    }

    [Fact]
    public void Declared_credentials_are_exposed_for_the_admin_ui()
    {
        Assert.Equal([new ConnectorCredential("userId", true, null), new ConnectorCredential("apiKey", true, null)], _acuity.Credentials);
        Assert.Equal("https://api.hubapi.com", _hubspot.Settings[0].Default!.GetValue<string>());
    }
}
