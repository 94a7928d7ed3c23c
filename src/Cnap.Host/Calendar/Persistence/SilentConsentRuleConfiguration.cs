using Cnap.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Calendar.Persistence;

internal sealed class SilentConsentRuleConfiguration : IEntityTypeConfiguration<SilentConsentRule>
{
    public void Configure(EntityTypeBuilder<SilentConsentRule> builder)
    {
        builder.ToTable("CalendarSilentConsentRules");
        builder.HasKey(r => r.EffectiveFrom);
        builder.Property(r => r.LegalReference).HasMaxLength(500);
    }
}
