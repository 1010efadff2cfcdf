namespace Hub.Templates.Internals;

/// <summary>The dynamic part of one button of an approved WhatsApp template: its index, <c>url</c> or <c>quick_reply</c>, and the value's text.</summary>
internal sealed record WhatsAppButtonSpec(int Index, string SubType, TemplateText Value);
