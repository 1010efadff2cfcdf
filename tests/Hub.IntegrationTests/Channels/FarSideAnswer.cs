namespace Hub.IntegrationTests.Channels;

/// <summary>How the provider's far side (its API, the internal system) answers the next sends.</summary>
public enum FarSideAnswer
{
    Accepts,
    /// <summary>Refuses for good (a 4xx: invalid number, rejected content).</summary>
    Refuses,
    /// <summary>Is down (a 5xx).</summary>
    IsUnavailable,
    /// <summary>Asks to slow down (429).</summary>
    Throttles,
    /// <summary>Does not answer within the provider's timeout.</summary>
    Hangs,
}
