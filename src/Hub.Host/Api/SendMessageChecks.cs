using System.Globalization;
using System.Net.Mail;
using Hub.Api.Contracts;
using Hub.Core.Channels;
using Hub.Scripting;
using Hub.Templates;

namespace Hub.Host.Api;

/// <summary>
/// What a send through the API must have before anything is stored: known channels, an address for at least one
/// of them, a template that exists (with a variant for a channel that can be reached) or a text, and a known purpose
/// and locale. Each problem is reported under the field it concerns.
/// </summary>
internal static class SendMessageChecks
{
    public static Dictionary<string, string[]> Check(SendMessageRequest request, ITemplateCatalog templates, out string? phone, out string? email)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        phone = null;
        email = null;
        if (request.To is not { } to || (string.IsNullOrWhiteSpace(to.Phone) && string.IsNullOrWhiteSpace(to.Email)))
        {
            errors["to"] = ["Give the recipient as {\"phone\": \"+4791234567\"} and/or {\"email\": \"name@example.com\"}."];
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(to.Phone) && (phone = HubFunctions.ToPhone(to.Phone)) is null)
            {
                errors["to.phone"] = ["Not a phone number in international form, such as +4791234567."];
            }
            if (!string.IsNullOrWhiteSpace(to.Email))
            {
                if (MailAddress.TryCreate(to.Email.Trim(), out var address) && address.Address == to.Email.Trim() && address.Host.Contains('.', StringComparison.Ordinal))
                {
                    email = address.Address;
                }
                else
                {
                    errors["to.email"] = ["Not an email address, such as name@example.com."];
                }
            }
        }
        CheckChannels(request, errors);
        CheckContent(request, templates, errors);
        if (request.Purpose is { } purpose && !Hub.Workflows.SendPurposes.All.Contains(purpose, StringComparer.Ordinal))
        {
            errors["purpose"] = ["Use transactional or marketing."];
        }
        if (request.Locale is { } locale && !IsCulture(locale))
        {
            errors["locale"] = [$"'{locale}' is not a language tag such as en, nb or nb-NO."];
        }
        var (foundPhone, foundEmail) = (phone, email);
        if (errors.Count == 0 && request.Channels!.All(c => string.IsNullOrEmpty(ChannelNames.AddressesByEmail(c) ? foundEmail : foundPhone)))
        {
            errors["channels"] = ["None of these channels can reach the recipient: sms, whatsapp and rcs need a phone number, email an email address."];
        }
        return errors;
    }

    private static void CheckChannels(SendMessageRequest request, Dictionary<string, string[]> errors)
    {
        if (request.Channels is not { Count: > 0 } channels)
        {
            errors["channels"] = [$"List the channels to try in order, such as [\"sms\", \"email\"]; known: {string.Join(", ", ChannelNames.All)}."];
            return;
        }
        var unknown = channels.Where(c => c is null || !ChannelNames.IsKnown(c)).ToList();
        if (unknown.Count > 0)
        {
            errors["channels"] = [$"Unknown channel {string.Join(", ", unknown.Select(c => $"'{c}'"))}; known: {string.Join(", ", ChannelNames.All)}."];
        }
        else if (channels.Distinct(StringComparer.Ordinal).Count() != channels.Count)
        {
            errors["channels"] = ["Name each channel once."];
        }
    }

    private static void CheckContent(SendMessageRequest request, ITemplateCatalog templates, Dictionary<string, string[]> errors)
    {
        if ((request.Template is null) == (request.Text is null))
        {
            errors["template"] = ["Give either a template (with its data) or a text, not both."];
            return;
        }
        if (request.Text is { } text && string.IsNullOrWhiteSpace(text))
        {
            errors["text"] = ["The text is empty."];
        }
        if (request.Text is not null && request.Data is not null)
        {
            errors["data"] = ["Data is for a template; a text is sent as written."];
        }
        if (request.Template is { } id)
        {
            if (templates.Find(id) is not { } template)
            {
                errors["template"] = [$"Template '{id}' does not exist."];
            }
            else if (request.Channels is { } channels && !channels.Any(template.HasChannel))
            {
                errors["template"] = [$"Template '{id}' has no variant for {string.Join(", ", channels)}; it has {string.Join(", ", template.Channels)}."];
            }
        }
    }

    private static bool IsCulture(string locale)
    {
        try
        {
            return locale.Length is > 0 and <= 35 && !CultureInfo.GetCultureInfo(locale, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
