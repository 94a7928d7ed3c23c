using Cnap.Domain.Organisations;
using Cnap.Host.Queue.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Queue.Persistence;

internal sealed class ServiceGroupConfiguration : IEntityTypeConfiguration<ServiceGroup>
{
    public void Configure(EntityTypeBuilder<ServiceGroup> builder)
    {
        builder.ToTable("queue_service_groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Letter).HasMaxLength(2);
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.HasOne<ServiceCentre>().WithMany().HasForeignKey(g => g.CentreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.CentreId, g.Letter }).IsUnique();
    }
}
