namespace Hub.IntegrationTests.BadInput;

public static partial class BadInputCorpus
{
    private const string ContactsPath = "/api/v1/contacts";

    private static IEnumerable<BadInputCase> ContactCases()
    {
        var unknown = Guid.NewGuid();
        yield return Case("contacts: a phone that is not E.164", BadRequest, Admin(HttpMethod.Get, $"{ContactsPath}?phone=12"));
        yield return Case("contacts: an email that is not one", BadRequest, Admin(HttpMethod.Get, $"{ContactsPath}?email=nobody"));
        yield return Case("contacts: a consent state without channel and purpose", BadRequest, Admin(HttpMethod.Get, $"{ContactsPath}?state=opted_out"));
        yield return Case("contacts: an unknown consent state", BadRequest, Admin(HttpMethod.Get, $"{ContactsPath}?channel=sms&purpose=marketing&state=maybe"));
        yield return Case("contacts: limit is not a number", BadRequest, Admin(HttpMethod.Get, $"{ContactsPath}?limit=many"));
        yield return Case("contact: unknown id", NotFound, Admin(HttpMethod.Get, $"{ContactsPath}/{unknown}"));
        yield return Case("contact: not a GUID", NotFound, Admin(HttpMethod.Get, $"{ContactsPath}/not-a-guid"));
        yield return Case("contact: neither phone nor email", BadRequest, Admin(HttpMethod.Post, ContactsPath, """{"firstName": "Kari"}"""));
        yield return Case("contact: a bad time zone", BadRequest, Admin(HttpMethod.Post, ContactsPath, """{"phone": "+4791234567", "timeZone": "Mars/Olympus"}"""));
        yield return Case("contact: phone is a number", BadRequest, Admin(HttpMethod.Post, ContactsPath, """{"phone": 4791234567}"""));
        yield return Case("contact consent: unknown contact", NotFound, Admin(HttpMethod.Put, $"{ContactsPath}/{unknown}/consent", """{"channel": "sms", "purpose": "marketing", "state": "opted_out"}"""));
        yield return Case("contact consent: an unknown state", BadRequest, Admin(HttpMethod.Put, $"{ContactsPath}/{unknown}/consent", """{"channel": "sms", "purpose": "marketing", "state": "OptedOut"}"""));
        yield return Case("contact consent: a truncated body", BadRequest, Admin(HttpMethod.Put, $"{ContactsPath}/{unknown}/consent", """{"channel": """));
        yield return Case("contact erasure: unknown contact", NotFound, Admin(HttpMethod.Delete, $"{ContactsPath}/{unknown}"));
        yield return Case("contacts: without the key", Unauthorized, Admin(HttpMethod.Get, ContactsPath, authenticated: false));
    }
}
