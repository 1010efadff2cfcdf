using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Hub.Core.Events;
using Hub.Templates;
using Hub.Workflows;
using Scriban.Runtime;

namespace Hub.RenderBench;

/// <summary>
/// The order confirmation as a workflow's send renders it: the scope built from the event, then the cached SMS
/// (and the email, for scale). The baseline is the same SMS text built with string interpolation, no template.
/// </summary>
[MemoryDiagnoser]
public class OrderConfirmationRender
{
    private MessageTemplate _template = null!;
    private CanonicalEvent _event = null!;
    private ScriptObject _scope = null!;

    [GlobalSetup]
    public void Setup()
    {
        _template = TemplateCatalog.LoadDirectory(TemplatesFolder()).Find("order-confirmation")
            ?? throw new InvalidOperationException("The sample template order-confirmation is missing.");
        _event = new CanonicalEvent
        {
            Id = "evt-1",
            Source = "/connectors/shop",
            Type = "order.created",
            Subject = "order/1",
            Time = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
            Data = JsonNode.Parse("""
                {"order": {"id": "1", "number": "#1001", "total": 1234.5, "currency": "NOK", "url": "https://shop.example/o/1"},
                 "contact": {"firstName": "Kari", "phone": "+4791234567", "email": "kari@example.com", "locale": "nb-NO"}}
                """)!.AsObject(),
        };
        _scope = Scope();
    }

    [Benchmark(Baseline = true, Description = "baseline: interpolated string")]
    public string InterpolatedString()
    {
        var order = _event.Data["order"]!;
        var name = (string?)_event.Data["contact"]!["firstName"];
        return string.Create(CultureInfo.InvariantCulture,
            $"Thanks {name ?? "there"}! Order {(string?)order["number"]} is confirmed: {(decimal)order["total"]!:0.00} {(string?)order["currency"]}.");
    }

    [Benchmark(Description = "scope from the event")]
    public ScriptObject Scope() => WorkflowScope.Create(_event, null, _event.Time);

    [Benchmark(Description = "SMS en, cached template")]
    public RenderedMessage SmsEnglish() => _template.Render("sms", "en", _scope);

    [Benchmark(Description = "SMS nb-NO (falls back to nb)")]
    public RenderedMessage SmsBokmal() => _template.Render("sms", "nb-NO", _scope);

    [Benchmark(Description = "scope + SMS nb-NO (a send's whole render)")]
    public RenderedMessage ScopeAndSms() => _template.Render("sms", "nb-NO", Scope());

    [Benchmark(Description = "email nb-NO: subject, text, html")]
    public RenderedMessage EmailBokmal() => _template.Render("email", "nb-NO", _scope);

    private static string TemplatesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return Path.Combine(dir.FullName, "workflows", "templates");
            }
        }
        throw new DirectoryNotFoundException("Run from inside the repository: Hub.sln was not found above the program.");
    }
}
