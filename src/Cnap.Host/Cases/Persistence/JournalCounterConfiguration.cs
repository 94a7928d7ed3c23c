using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Cases.Persistence;

internal sealed class JournalCounterConfiguration : IEntityTypeConfiguration<JournalCounter>
{
    public void Configure(EntityTypeBuilder<JournalCounter> builder)
    {
        // Names are fixed: CaseNumbering addresses them in SQL.
        builder.ToTable("JournalCounters");
        builder.HasKey(c => new { c.CentreCode, c.Year });
        builder.Property(c => c.CentreCode).HasColumnName("CentreCode").HasMaxLength(16);
        builder.Property(c => c.Year).HasColumnName("Year");
        builder.Property(c => c.LastSequence).HasColumnName("LastSequence");
    }
}
