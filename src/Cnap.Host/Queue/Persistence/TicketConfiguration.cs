using Cnap.Domain.Organisations;
using Cnap.Host.Queue.Setup;
using Cnap.Host.Queue.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Queue.Persistence;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("queue_tickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Letter).HasMaxLength(2);
        builder.Property(t => t.CounterName).HasMaxLength(40);
        builder.Property(t => t.ServedBy).HasMaxLength(64);
        builder.Ignore(t => t.Label);
        QueueInstants.StoreAsUtc(builder);
        builder.HasOne<ServiceCentre>().WithMany().HasForeignKey(t => t.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceGroup>().WithMany().HasForeignKey(t => t.IssuedGroupId).OnDelete(DeleteBehavior.Restrict);
        // Two kiosks issuing at once cannot hand out the same number: the loser takes the next.
        // A call, no-show or finish updates only a ticket still in the status it read: two windows never call the same one.
        builder.Property(t => t.Status).IsConcurrencyToken();
        builder.HasIndex(t => new { t.IssuedGroupId, t.Day, t.Number }).IsUnique();
        builder.HasIndex(t => new { t.CentreId, t.Day, t.Status });
        builder.HasIndex(t => t.AppointmentId).IsUnique();
    }
}
