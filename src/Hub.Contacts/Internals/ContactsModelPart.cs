using Hub.Storage;

namespace Hub.Contacts.Internals;

internal sealed class ContactsModelPart() : AssemblyModelPart(typeof(ContactsModelPart).Assembly);
