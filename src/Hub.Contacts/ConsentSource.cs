namespace Hub.Contacts;

/// <summary>Where a consent change came from; shown in snake case (<c>keyword</c>, <c>webhook</c>, ...).</summary>
public enum ConsentSource
{
    /// <summary>A field of a canonical event (a Shopify customer's <c>sms_marketing_consent</c>).</summary>
    Webhook,

    /// <summary>An inbound STOP/START-style keyword.</summary>
    Keyword,

    /// <summary>A provider's own signal: WhatsApp's marketing-stop preference, a SendGrid unsubscribe or bounce.</summary>
    Provider,

    /// <summary>Staff or an app through <c>/api/v1/contacts</c>.</summary>
    Api,

    /// <summary>A bulk import.</summary>
    Import,
}
