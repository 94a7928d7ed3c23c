using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Documents;

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.ToTable("DocumentVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.FileAddress).HasMaxLength(71);
        builder.Property(v => v.ReplacedBy).HasMaxLength(200);
        builder.HasIndex(v => v.DocumentId);
    }
}
