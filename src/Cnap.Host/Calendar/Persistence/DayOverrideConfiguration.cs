using Cnap.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Calendar.Persistence;

internal sealed class DayOverrideConfiguration : IEntityTypeConfiguration<DayOverride>
{
    public void Configure(EntityTypeBuilder<DayOverride> builder)
    {
        builder.ToTable("CalendarDayOverrides");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.OrganisationId).HasMaxLength(OrganisationCalendar.MaxIdLength);
        builder.Property(o => o.ReasonUk).HasMaxLength(500);
        builder.Property(o => o.ReasonEn).HasMaxLength(500);
        builder.Property(o => o.LegalReference).HasMaxLength(500);
        builder.HasIndex(o => new { o.OrganisationId, o.Date }).IsUnique();
        builder.HasOne<OrganisationCalendar>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
