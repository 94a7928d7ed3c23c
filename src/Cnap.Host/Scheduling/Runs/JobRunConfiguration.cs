using Cnap.Host.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Scheduling.Runs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("scheduling_job_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Job).HasMaxLength(64);
        builder.Property(r => r.Node).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.Property(r => r.ScheduledAt).HasConversion(UtcInstant.Converter);
        builder.Property(r => r.StartedAt).HasConversion(UtcInstant.Converter);
        builder.Property(r => r.FinishedAt).HasConversion(UtcInstant.Converter);
        builder.HasIndex(r => new { r.Job, r.ScheduledAt });
        builder.HasIndex(r => r.StartedAt);
    }
}
