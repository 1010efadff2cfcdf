namespace Hub.Channels.Rbm.Internals;

/// <summary>What the token endpoint gave: a token and its lifetime, or why there is none (classified like a send).</summary>
internal sealed record TokenAnswer(string? Token, TimeSpan Lifetime, SendResult? Failure);
