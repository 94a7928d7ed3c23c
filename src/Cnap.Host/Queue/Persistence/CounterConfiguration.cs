using Cnap.Domain.Organisations;
using Cnap.Host.Queue.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Queue.Persistence;

internal sealed class CounterConfiguration : IEntityTypeConfiguration<Counter>
{
    public void Configure(EntityTypeBuilder<Counter> builder)
    {
        builder.ToTable("queue_counters");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(40);
        builder.Property(c => c.StaffUserId).HasMaxLength(64);
        builder.Property(c => c.StaffName).HasMaxLength(200);
        builder.HasOne<ServiceCentre>().WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.CentreId, c.Name }).IsUnique();
    }
}
