namespace Hub.Templates;

/// <summary>How an SMS text travels: the 7-bit GSM default alphabet when every character is in it, otherwise UCS-2.</summary>
public enum SmsEncoding
{
    /// <summary>GSM 03.38 default alphabet (and its extension table), one septet per character, two for an extension one.</summary>
    Gsm7,

    /// <summary>UTF-16 code units; a character outside the Basic Multilingual Plane (an emoji) takes two.</summary>
    Ucs2,
}
