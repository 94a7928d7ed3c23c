using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "audit_entries";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Chain).HasMaxLength(64);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Role).HasMaxLength(64);
        builder.Property(e => e.Organisation).HasMaxLength(100);
        builder.Property(e => e.Action).HasMaxLength(200);
        builder.Property(e => e.ResourceKind).HasMaxLength(64);
        builder.Property(e => e.ResourceId).HasMaxLength(100);
        builder.Property(e => e.RemoteAddress).HasMaxLength(64);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => new { e.Chain, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.CaseId, e.At });
    }
}
