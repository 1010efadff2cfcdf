namespace Hub.Channels;

/// <summary>The dynamic part of one template button: <c>url</c> (the URL's variable suffix) or <c>quick_reply</c> (the payload).</summary>
public sealed record WhatsAppButtonParameter(int Index, string SubType, string Value);
