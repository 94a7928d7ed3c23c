using Cnap.Host.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Cases.Statistics;

internal sealed class DailyCaseCountConfiguration : IEntityTypeConfiguration<DailyCaseCount>
{
    public void Configure(EntityTypeBuilder<DailyCaseCount> builder)
    {
        builder.ToTable("statistics_daily_case_counts");
        builder.HasKey(c => new { c.Day, c.CentreId, c.ServiceId, c.Status });
        builder.HasIndex(c => new { c.CentreId, c.Day });
        builder.Property(c => c.TakenAt).HasConversion(UtcInstant.Converter);
    }
}
