using Cnap.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Calendar.Persistence;

internal sealed class TermCountingRuleConfiguration : IEntityTypeConfiguration<TermCountingRule>
{
    public void Configure(EntityTypeBuilder<TermCountingRule> builder)
    {
        builder.ToTable("CalendarTermCountingRules");
        builder.HasKey(r => r.EffectiveFrom);
        builder.Property(r => r.LegalReference).HasMaxLength(500);
    }
}
