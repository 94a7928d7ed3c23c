using Cnap.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Calendar.Persistence;

/// <summary>Keyed by the organisation's id alone: the organisation model is not referenced, so no foreign key to it.</summary>
internal sealed class OrganisationCalendarConfiguration : IEntityTypeConfiguration<OrganisationCalendar>
{
    public void Configure(EntityTypeBuilder<OrganisationCalendar> builder)
    {
        builder.ToTable("CalendarOrganisations");
        builder.HasKey(o => o.OrganisationId);
        builder.Property(o => o.OrganisationId).HasMaxLength(OrganisationCalendar.MaxIdLength);
        builder.Property(o => o.NameUk).HasMaxLength(200);
        builder.Property(o => o.NameEn).HasMaxLength(200);
    }
}
