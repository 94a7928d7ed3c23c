using Cnap.Domain.Organisations;
using Cnap.Host.Queue.Booking;
using Cnap.Host.Queue.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Queue.Persistence;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("queue_appointments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(8);
        builder.Property(a => a.ManageToken).HasMaxLength(32);
        builder.Property(a => a.Phone).HasMaxLength(20);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.BookedBy).HasMaxLength(64);
        QueueInstants.StoreAsUtc(builder);
        builder.HasOne<ServiceCentre>().WithMany().HasForeignKey(a => a.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceGroup>().WithMany().HasForeignKey(a => a.ServiceGroupId).OnDelete(DeleteBehavior.Restrict);
        // The capacity guarantee: a seat of a slot is held by at most one live appointment (a cancelled one holds null,
        // and nulls never collide in a unique index on PostgreSQL or SQLite).
        builder.HasIndex(a => new { a.ServiceGroupId, a.Date, a.Start, a.Seat }).IsUnique();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasIndex(a => a.ManageToken).IsUnique();
        builder.HasIndex(a => new { a.CentreId, a.Date });
    }
}
