using Hub.Access;
using Hub.Contacts;
using Hub.Conversations;
using Hub.Channels.Sandbox;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Templates.Versions;
using Hub.Verifications;
using Hub.Users;
using Hub.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hub.Storage.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL without a server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HubDbContext>().UseHubPostgres("Host=localhost;Database=hub_design").Options,
            [RuntimeRegistration.ModelPart, IntakeRegistration.ModelPart, WorkflowsRegistration.ModelPart, MessagingRegistration.ModelPart,
             SandboxRegistration.ModelPart, VerificationsRegistration.ModelPart, TemplatesRegistration.ModelPart, ContactsRegistration.ModelPart,
             ConversationsRegistration.ModelPart, AccessRegistration.ModelPart, UsersRegistration.ModelPart]);
}
