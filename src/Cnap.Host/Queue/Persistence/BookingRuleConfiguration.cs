using Cnap.Host.Queue.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Queue.Persistence;

internal sealed class BookingRuleConfiguration : IEntityTypeConfiguration<BookingRule>
{
    public void Configure(EntityTypeBuilder<BookingRule> builder)
    {
        builder.ToTable("queue_booking_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.OnlineSeats);
        builder.HasOne<ServiceGroup>().WithMany().HasForeignKey(r => r.ServiceGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ServiceGroupId, r.Day }).IsUnique();
    }
}
