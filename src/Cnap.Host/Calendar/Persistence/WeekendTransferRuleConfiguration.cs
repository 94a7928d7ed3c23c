using Cnap.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Calendar.Persistence;

internal sealed class WeekendTransferRuleConfiguration : IEntityTypeConfiguration<WeekendTransferRule>
{
    public void Configure(EntityTypeBuilder<WeekendTransferRule> builder)
    {
        builder.ToTable("CalendarWeekendTransferRules");
        builder.HasKey(r => r.EffectiveFrom);
        builder.Property(r => r.LegalReference).HasMaxLength(500);
    }
}
