using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Host.Infrastructure;

/// <summary>
/// <c>Hub.Host sign --connector shopify --secret S --file body.json [--setting name=value]... [--header "Name: value"]...
/// [--curl URL]</c>: signs a payload file the way the connector's vendor signs its webhooks (the spec's
/// <c>verify.scheme</c>, with the same code that verifies them) and prints the headers to send, or a ready curl line,
/// so that a person can post a signed webhook by hand. Nothing is stored and no server is needed.
/// </summary>
internal static class SignCommand
{
    private const string Usage =
        "Usage: sign --connector <type> --secret <secret> --file <body> [--setting name=value]... [--header \"Name: value\"]...\n" +
        "            [--content-type application/json] [--curl URL] [--connectors dir]\n" +
        "  Prints the headers the connector's vendor would send with the file's bytes, signed with the secret now\n" +
        "  (one per line), or with --curl a command that posts the file to URL (e.g. http://localhost:8080/webhooks/shop).\n" +
        "  --setting gives an instance setting the scheme signs (Square's notificationUrl, Pipedrive's webhookUsername);\n" +
        "  --header adds one the route needs (X-Shopify-Topic: orders/create).";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (args is [] or ["--help"] or ["-h"])
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        string? connector = null, secret = null, file = null, curl = null, connectorsPath = null, contentType = "application/json";
        var settings = new JsonObject();
        var extraHeaders = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                errors.WriteLine($"Option '{args[i]}' needs a value.\n{Usage}");
                return 2;
            }
            var value = args[i + 1];
            switch (args[i])
            {
                case "--connector": connector = value; break;
                case "--secret": secret = value; break;
                case "--file": file = value; break;
                case "--curl": curl = value; break;
                case "--connectors": connectorsPath = value; break;
                case "--content-type": contentType = value; break;
                case "--setting" when value.IndexOf('=', StringComparison.Ordinal) is > 0 and var eq:
                    settings[value[..eq]] = value[(eq + 1)..];
                    break;
                case "--header" when value.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon:
                    extraHeaders.Add(new(value[..colon].Trim(), value[(colon + 1)..].Trim()));
                    break;
                default:
                    errors.WriteLine($"Unknown or malformed option '{args[i]} {value}'.\n{Usage}");
                    return 2;
            }
        }
        if (connector is null || secret is null || file is null)
        {
            errors.WriteLine($"--connector, --secret and --file are required.\n{Usage}");
            return 2;
        }
        var directory = ContentPaths.Resolve(connectorsPath ?? new HubOptions().ConnectorsPath, Directory.GetCurrentDirectory());
        ConnectorCatalog catalog;
        try
        {
            catalog = ConnectorCatalog.LoadDirectory(directory);
        }
        catch (Exception ex) when (ex is ConnectorSpecException or DirectoryNotFoundException)
        {
            errors.WriteLine(ex.Message);
            return 1;
        }
        if (catalog.Find(connector) is not { } definition)
        {
            errors.WriteLine($"No connector type '{connector}' in {directory}; there are: {string.Join(", ", catalog.All.Select(c => c.Type).Order(StringComparer.Ordinal))}.");
            return 1;
        }
        if (!File.Exists(file))
        {
            errors.WriteLine($"No file {file}.");
            return 1;
        }
        var body = await File.ReadAllBytesAsync(file);
        IReadOnlyList<KeyValuePair<string, string>> signed;
        try
        {
            signed = definition.SignWebhook(body, secret, TimeProvider.System.GetUtcNow(), settings);
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
        {
            errors.WriteLine($"Cannot sign for {connector}: {ex.Message}");
            return 1;
        }
        var headers = signed.Concat(extraHeaders).ToList();
        if (curl is null)
        {
            foreach (var (name, value) in headers)
            {
                output.WriteLine($"{name}: {value}");
            }
            return 0;
        }
        var line = new List<string> { "curl", "-sS", "-X", "POST", Quote(curl), "-H", Quote($"Content-Type: {contentType}") };
        foreach (var (name, value) in headers)
        {
            line.AddRange(["-H", Quote($"{name}: {value}")]);
        }
        line.AddRange(["--data-binary", Quote($"@{file}")]);
        output.WriteLine(string.Join(' ', line));
        return 0;
    }

    /// <summary>POSIX shell single quotes: everything literal, a quote written as '\''.</summary>
    private static string Quote(string text) => $"'{text.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
