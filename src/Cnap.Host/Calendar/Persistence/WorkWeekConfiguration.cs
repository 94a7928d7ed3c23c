using Cnap.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Calendar.Persistence;

internal sealed class WorkWeekConfiguration : IEntityTypeConfiguration<WorkWeek>
{
    public void Configure(EntityTypeBuilder<WorkWeek> builder)
    {
        builder.ToTable("CalendarWorkWeeks");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.OrganisationId).HasMaxLength(OrganisationCalendar.MaxIdLength);
        // A flags enum is stored as its names ("Monday, Tuesday, ..."): readable in the table, longer than one name.
        builder.Property(w => w.WorkingDays).HasMaxLength(100);
        builder.Property(w => w.LegalReference).HasMaxLength(500);
        builder.HasIndex(w => new { w.OrganisationId, w.EffectiveFrom }).IsUnique();
        builder.HasOne<OrganisationCalendar>().WithMany().HasForeignKey(w => w.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
