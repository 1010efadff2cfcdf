using Hub.Core.Workspaces;
using Hub.Storage.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Storage.Internals;

internal sealed class WorkspaceConfiguration : IEntityTypeConfiguration<Workspace>
{
    public void Configure(EntityTypeBuilder<Workspace> builder)
    {
        builder.ToTable("workspaces");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasMaxLength(64);
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.HasData(new Workspace { Id = WorkspaceIds.Default, Name = "Default", CreatedAt = DateTimeOffset.UnixEpoch });
    }
}
