namespace Hub.IntegrationTests.BadInput;

/// <summary>What Hub answered: its status (0 when it closed the connection without one), media type, body and challenge.</summary>
public sealed record BadInputAnswer(int Status, string? MediaType, string Body, string? WwwAuthenticate)
{
    public static async Task<BadInputAnswer> FromAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using (response)
        {
            return new((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                await response.Content.ReadAsStringAsync(), response.Headers.WwwAuthenticate.ToString());
        }
    }

    public override string ToString() => $"{Status} {MediaType} {Body}";
}
