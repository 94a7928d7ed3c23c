using Cnap.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Calendar.Persistence;

internal sealed class HolidayRuleConfiguration : IEntityTypeConfiguration<HolidayRule>
{
    public void Configure(EntityTypeBuilder<HolidayRule> builder)
    {
        builder.ToTable("CalendarHolidayRules");
        builder.HasKey(h => new { h.Code, h.EffectiveFrom });
        builder.Property(h => h.Code).HasMaxLength(64);
        builder.Property(h => h.NameUk).HasMaxLength(200);
        builder.Property(h => h.NameEn).HasMaxLength(200);
        builder.Property(h => h.LegalReference).HasMaxLength(500);
    }
}
