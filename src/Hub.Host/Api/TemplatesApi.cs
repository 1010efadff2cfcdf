using System.Text.Json.Nodes;
using Hub.Api.Contracts;
using Hub.Core.Events;
using Hub.Events;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Storage;
using Hub.Templates;
using Hub.Workflows;
using Hub.Workflows.Simulation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>The message templates Hub loaded, and a preview of every variant rendered with a sample or stored event.</summary>
internal static class TemplatesApi
{
    private static readonly string[] PreviewKeys = ["event", "eventId", "locale"];

    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("templates", "Templates");
        group.MapGet("", List).WithSummary("Lists the templates with their channels and the locales written for each.");
        group.MapGet("/{id}", Get).WithSummary("Shows one template: channels, locales, default locale and version.");
        group.MapPost("/{id}/preview", PreviewAsync).WithSummary(
            "Renders every variant with a sample event ({\"event\": {\"type\", \"data\"}}) or a stored one ({\"eventId\"}), in one locale " +
            "({\"locale\": \"nb-NO\"}, with fallback) or in each written locale; SMS variants carry their encoding and segment count, failed ones their error and line.");
        group.MapPost("/{id}/lint", Lint).WithSummary(
            "Checks a template without data: literal SMS text that forces UCS-2 (with the GSM-7 replacement) or exceeds max_segments, and locales some channels lack.");
        return app;
    }

    private static Results<Ok<TemplateLintResponse>, ProblemHttpResult> Lint(string id, ITemplateCatalog templates) =>
        templates.Find(id) is { } template
            ? TypedResults.Ok(new TemplateLintResponse(template.Id, template.Version, [.. template.Lint()
                .OrderBy(f => f.Severity == "error" ? 0 : 1)
                .Select(f => new TemplateLintFindingResponse(f.Severity, f.Channel, f.Locale, f.Field, f.Line, f.Message))]))
            : NotFound(id);

    private static Ok<List<TemplateResponse>> List(ITemplateCatalog templates) =>
        TypedResults.Ok(templates.All.OrderBy(t => t.Id, StringComparer.Ordinal).Select(ToResponse).ToList());

    private static Results<Ok<TemplateResponse>, ProblemHttpResult> Get(string id, ITemplateCatalog templates) =>
        templates.Find(id) is { } template ? TypedResults.Ok(ToResponse(template)) : NotFound(id);

    private static async Task<Results<Ok<TemplatePreviewResponse>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        string id, JsonObject body, ITemplateCatalog templates, IEventCatalog catalog, HubDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (templates.Find(id) is not { } template)
        {
            return NotFound(id);
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var unknown in body.Select(p => p.Key).Where(k => !PreviewKeys.Contains(k, StringComparer.Ordinal)))
        {
            errors[unknown] = [$"Unknown field; a preview takes {string.Join(", ", PreviewKeys)}."];
        }
        var locale = ReadLocale(body, errors);
        var now = time.GetUtcNow();
        string? missingId = null;
        var e = await SampleEventArgument.ReadStoredAsync(body, db, errors, stored => missingId = stored, ct);
        if (missingId is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Event '{missingId}' does not exist.");
        }
        if (body["eventId"] is null)
        {
            e = SampleEventArgument.ReadSample(body, now, catalog, errors);
        }
        if (e is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The preview request is not valid.");
        }
        var scope = WorkflowScope.Create(e, null, now);
        var variants = new List<TemplateVariantPreview>();
        foreach (var channel in template.Channels)
        {
            foreach (var requested in locale is null ? template.LocalesOf(channel) : [locale])
            {
                variants.Add(Preview(template, channel, requested, scope));
            }
        }
        return TypedResults.Ok(new TemplatePreviewResponse(template.Id, template.Version, e.Type, variants));
    }

    private static TemplateVariantPreview Preview(MessageTemplate template, string channel, string locale, Scriban.Runtime.ScriptObject scope)
    {
        try
        {
            var rendered = template.Render(channel, locale, scope);
            return new TemplateVariantPreview(channel, locale, rendered.Locale, rendered.Subject, rendered.Body, rendered.Html, ToPreview(rendered.Sms), null);
        }
        catch (TemplateRenderException ex)
        {
            return new TemplateVariantPreview(channel, locale, ex.Locale, null, null, null, ToPreview(ex.Sms),
                new TemplateErrorResponse(ex.Message, ex.File is null ? null : Path.GetFileName(ex.File), ex.Line, ex.Field));
        }
    }

    private static SmsPreview? ToPreview(SmsAnalysis? sms) => sms is null ? null : new SmsPreview(
        sms.EncodingName, sms.Characters, sms.Units, sms.Segments,
        [.. sms.UnicodeCharacters.Select(c => new SmsCharacterPreview(c.Character, c.CodePointText, c.Count, c.Replacement))]);

    private static string? ReadLocale(JsonObject body, Dictionary<string, string[]> errors)
    {
        if (body["locale"] is null)
        {
            return null;
        }
        if (body["locale"] is JsonValue value && value.TryGetValue<string>(out var locale) && locale.Length is > 0 and <= 35)
        {
            return locale;
        }
        errors["locale"] = ["Must be a language tag such as en, nb or nb-NO."];
        return null;
    }

    private static TemplateResponse ToResponse(MessageTemplate t) => new(
        t.Id, t.Description, t.DefaultLocale, t.Version,
        t.Channels.ToDictionary(c => c, c => t.LocalesOf(c), StringComparer.Ordinal));

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Template '{id}' does not exist.");
}
