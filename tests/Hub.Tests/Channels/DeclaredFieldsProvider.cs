using Hub.Channels;

namespace Hub.Tests.Channels;

/// <summary>A provider type that only declares fields, one of each kind, to validate configurations against.</summary>
internal sealed class DeclaredFieldsProvider : IChannelProvider
{
    public string Type => "declared";

    public IReadOnlyList<ProviderField> Settings { get; } =
    [
        new("baseUrl", ProviderFieldKind.Url, Required: true, "The API base URL."),
        new("source", ProviderFieldKind.Text, Required: false, "The sender.") { Check = v => v.Length > 11 ? "At most 11 characters." : null },
        new("timeoutSeconds", ProviderFieldKind.WholeNumber, Required: false, "Seconds.") { Minimum = 1, Maximum = 60 },
        new("unicode", ProviderFieldKind.Boolean, Required: false, "Allow UCS-2."),
    ];

    public IReadOnlyList<ProviderField> Credentials { get; } =
    [
        new("password", ProviderFieldKind.Text, Required: true, "The API password."),
    ];

    public bool Supports(string channel) => channel == "sms";

    public Task<SendResult> SendAsync(ProviderConfiguration provider, OutboundMessage message, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
