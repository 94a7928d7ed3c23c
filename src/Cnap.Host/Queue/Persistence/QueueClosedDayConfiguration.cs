using Cnap.Domain.Organisations;
using Cnap.Host.Queue.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Queue.Persistence;

internal sealed class QueueClosedDayConfiguration : IEntityTypeConfiguration<QueueClosedDay>
{
    public void Configure(EntityTypeBuilder<QueueClosedDay> builder)
    {
        builder.ToTable("queue_closed_days");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Reason).HasMaxLength(200);
        builder.HasOne<ServiceCentre>().WithMany().HasForeignKey(d => d.CentreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.CentreId, d.Date }).IsUnique();
    }
}
