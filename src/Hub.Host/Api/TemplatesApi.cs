using Hub.Access;
using Hub.Access.Audit;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Hub.Api.Contracts;
using Hub.Core.Events;
using Hub.Events;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Storage;
using Hub.Storage.Workspaces;
using Hub.Templates;
using Hub.Templates.Versions;
using Hub.Workflows.Engine;
using Hub.Workflows;
using Hub.Workflows.Simulation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>
/// Message templates of the caller's workspace: numbered versions (the published one is what every render uses), one
/// draft per template, publish and rollback, and a preview of every variant rendered with a sample or stored event.
/// </summary>
internal static class TemplatesApi
{
    private static readonly string[] PreviewKeys = ["event", "eventId", "locale"];

    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("templates", "Templates", AccessPolicies.ReadEdit);
        group.MapGet("", ListAsync).WithSummary("Lists the templates: channels and locales of the published version, its number, and the draft if any.");
        group.MapGet("/{id}", GetAsync).WithSummary("Shows one template: channels, locales, default locale, published version and number, and the draft.");
        group.MapGet("/{id}/versions", VersionsAsync).WithSummary("Lists the stored versions, newest first, and which one is published.");
        group.MapPut("/{id}/draft", PutDraftAsync).Accepts<string>(WorkflowBody.MediaTypes[0], WorkflowBody.MediaTypes[1..])
            .WithSummary("Saves the draft (YAML, or the same model in JSON) after checking it; 422 lists each error with line, column and field.");
        group.MapPost("/{id}/publish", PublishAsync).WithSummary("Publishes the draft as the next version (or republishes the version with the same text).");
        group.MapPost("/{id}/rollback", RollbackAsync).WithSummary("Publishes stored version N again: {\"version\": N}.");
        group.MapPost("/{id}/preview", PreviewAsync).WithSummary(
            "Renders every variant of the published version (?draft=true: the draft) with a sample event ({\"event\": {\"type\", \"data\"}}) or a stored one ({\"eventId\"}), in one locale " +
            "({\"locale\": \"nb-NO\"}, with fallback) or in each written locale; SMS variants carry their encoding and segment count, failed ones their error and line.");
        group.MapPost("/{id}/lint", LintAsync).WithSummary(
            "Checks the published version (?draft=true: the draft) without data: literal SMS text that forces UCS-2 (with the GSM-7 replacement) or exceeds max_segments, and locales some channels lack.");
        return app;
    }

    private static async Task<Results<Ok<TemplateLintResponse>, ProblemHttpResult>> LintAsync(
        string id, bool? draft, ITemplateCatalog templates, TemplateCatalog files, HubDbContext db, CancellationToken ct) =>
        await FindAsync(id, draft == true, templates, files, db, ct) is { } template
            ? TypedResults.Ok(new TemplateLintResponse(template.Id, template.Version, [.. template.Lint()
                .OrderBy(f => f.Severity == "error" ? 0 : 1)
                .Select(f => new TemplateLintFindingResponse(f.Severity, f.Channel, f.Locale, f.Field, f.Line, f.Message))]))
            : NotFound(id, draft == true);

    private static async Task<Ok<List<TemplateResponse>>> ListAsync(ITemplateCatalog templates, TemplateCatalog files, HubDbContext db, CancellationToken ct)
    {
        var drafts = (await db.TemplateDrafts.AsNoTracking().ToListAsync(ct)).ToDictionary(d => d.TemplateId, StringComparer.Ordinal);
        var list = templates.All.Select(t => ToResponse(t, drafts.Remove(t.Id, out var d) ? d : null)).ToList();
        list.AddRange(drafts.Values.Select(d => (Draft: d, Template: TemplateParser.Read(d.Source, d.TemplateId, files.Layouts).Template))
            .Where(x => x.Template is not null)
            .Select(x => ToResponse(x.Template!, x.Draft) with { PublishedVersion = null }));
        return TypedResults.Ok(list.OrderBy(t => t.Id, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> GetAsync(string id, ITemplateCatalog templates, TemplateCatalog files, HubDbContext db, CancellationToken ct)
    {
        var draft = await db.TemplateDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.TemplateId == id, ct);
        if (templates.Find(id) is { } published)
        {
            return TypedResults.Ok(ToResponse(published, draft));
        }
        return draft is not null && TemplateParser.Read(draft.Source, id, files.Layouts).Template is { } drafted
            ? TypedResults.Ok(ToResponse(drafted, draft) with { PublishedVersion = null })
            : NotFound(id);
    }

    private static async Task<Results<Ok<List<TemplateVersionResponse>>, ProblemHttpResult>> VersionsAsync(string id, ITemplateCatalog templates, HubDbContext db, CancellationToken ct)
    {
        var records = await db.TemplateVersions.AsNoTracking().Where(v => v.TemplateId == id).ToListAsync(ct);
        if (records.Count == 0)
        {
            return NotFound(id);
        }
        var published = templates.Find(id)?.Number;
        return TypedResults.Ok(records.OrderByDescending(r => r.Number)
            .Select(r => new TemplateVersionResponse(r.Number, r.Version, r.CreatedAt, r.PublishedAt, r.Number == published)).ToList());
    }

    private static async Task<Results<Ok<TemplateDraftResponse>, ProblemHttpResult>> PutDraftAsync(
        string id, HttpRequest request, TemplatePublisher publisher, WorkflowVersions workflows, WorkspaceScope workspace, TemplateCatalog files, CancellationToken ct)
    {
        var (yaml, problem) = await WorkflowBody.ReadAsync(request, "template", ct);
        if (problem is not null)
        {
            return problem;
        }
        var (template, issues) = TemplateChecks.Check(yaml!, id, await workflows.ForWorkspaceAsync(workspace.Id, ct), files.Layouts);
        if (template is null)
        {
            return TemplateChecks.Invalid(issues);
        }
        var draft = await publisher.SaveDraftAsync(template, ct);
        return draft is null ? Conflict("The draft was saved by another request at the same moment; save again.") : TypedResults.Ok(ToResponse(draft));
    }

    private static async Task<Results<Ok<TemplateVersionResponse>, ProblemHttpResult>> PublishAsync(
        string id, HubDbContext db, TemplatePublisher publisher, WorkflowVersions workflows, WorkspaceScope workspace, TemplateCatalog files,
        IAuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var draft = await db.TemplateDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.TemplateId == id, ct);
        if (draft is null)
        {
            return await db.TemplateVersions.AnyAsync(v => v.TemplateId == id, ct)
                ? Conflict($"Template '{id}' has no draft to publish; save one with PUT /api/v1/templates/{id}/draft.")
                : NotFound(id);
        }
        // Checked again: a workflow published since the save may send this template with another event.
        var (template, issues) = TemplateChecks.Check(draft.Source, id, await workflows.ForWorkspaceAsync(workspace.Id, ct), files.Layouts);
        if (template is null)
        {
            return TemplateChecks.Invalid(issues);
        }
        // Recorded first: the publish commits it with the new version (or, when it fails, drops it with the change).
        var stored = await StoredAsync(db, id, ct);
        audit.Record(Caller.From(user)!, AuditActions.TemplatePublished, AuditResources.Template, id,
            StoredVersion.Published(stored), StoredVersion.Publishing(stored, template.Version));
        var record = await publisher.PublishAsync(template, ct);
        return record is null ? Conflict("Another publish of this template committed at the same moment; look again.") : TypedResults.Ok(ToResponse(record));
    }

    private static async Task<Results<Ok<TemplateVersionResponse>, ValidationProblem, ProblemHttpResult>> RollbackAsync(
        string id, TemplateRollbackRequest request, HubDbContext db, TemplatePublisher publisher, WorkflowVersions workflows, WorkspaceScope workspace, TemplateCatalog files,
        IAuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.Version is not { } number)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Name the version number to publish again."] });
        }
        var target = await db.TemplateVersions.AsNoTracking().FirstOrDefaultAsync(v => v.TemplateId == id && v.Number == number, ct);
        if (target is null)
        {
            return await db.TemplateVersions.AnyAsync(v => v.TemplateId == id, ct)
                ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Template '{id}' has no version {number}.")
                : NotFound(id);
        }
        // An old version may read fields the workflows' events no longer have, or no longer read at all: refused as a save would be.
        var (_, issues) = TemplateChecks.Check(target.Source, id, await workflows.ForWorkspaceAsync(workspace.Id, ct), files.Layouts);
        if (issues.Count > 0)
        {
            return TemplateChecks.Invalid(issues);
        }
        audit.Record(Caller.From(user)!, AuditActions.TemplateRolledBack, AuditResources.Template, id,
            StoredVersion.Published(await StoredAsync(db, id, ct)), new StoredVersion(target.Number, target.Version, null).Audited());
        var record = await publisher.RollbackAsync(id, number, ct);
        return record is null ? NotFound(id) : TypedResults.Ok(ToResponse(record));
    }

    /// <summary>The published version, or with <paramref name="draft"/> the draft (parsed as saved; it passed the checks then).</summary>
    private static async Task<MessageTemplate?> FindAsync(string id, bool draft, ITemplateCatalog templates, TemplateCatalog files, HubDbContext db, CancellationToken ct)
    {
        if (!draft)
        {
            return templates.Find(id);
        }
        var stored = await db.TemplateDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.TemplateId == id, ct);
        return stored is null ? null : TemplateParser.Read(stored.Source, $"{id}.yaml", files.Layouts).Template;
    }

    private static async Task<Results<Ok<TemplatePreviewResponse>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        string id, bool? draft, JsonObject body, ITemplateCatalog templates, TemplateCatalog files, IEventCatalog catalog, HubDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await FindAsync(id, draft == true, templates, files, db, ct) is not { } template)
        {
            return NotFound(id, draft == true);
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
            return new TemplateVariantPreview(channel, locale, rendered.Locale, rendered.Subject, rendered.Body, rendered.Html, ToPreview(rendered.Sms), null,
                MessageRichContent.Of(rendered)?.ToJsonElement());
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

    private static TemplateResponse ToResponse(MessageTemplate t, TemplateDraft? draft) => new(
        t.Id, t.Description, t.DefaultLocale, t.Version,
        t.Channels.ToDictionary(c => c, c => t.LocalesOf(c), StringComparer.Ordinal),
        t.Number, draft is null ? null : ToResponse(draft));

    private static TemplateDraftResponse ToResponse(TemplateDraft d) =>
        new(d.TemplateId, Hub.Specs.ContentHash.Of(d.Source), d.Source, d.CreatedAt, d.UpdatedAt);

    private static TemplateVersionResponse ToResponse(TemplateVersionRecord r) => new(r.Number, r.Version, r.CreatedAt, r.PublishedAt, IsPublished: true);

    private static ProblemHttpResult NotFound(string id, bool draft = false) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: draft ? $"Template '{id}' has no draft." : $"Template '{id}' does not exist.");

    private static Task<List<StoredVersion>> StoredAsync(HubDbContext db, string id, CancellationToken ct) =>
        db.TemplateVersions.AsNoTracking().Where(v => v.TemplateId == id).Select(v => new StoredVersion(v.Number, v.Version, v.PublishedAt)).ToListAsync(ct);

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);
}
