using Cnap.Host.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Cases.Issuance.Reminders;

internal sealed class UnclaimedResultReminderConfiguration : IEntityTypeConfiguration<UnclaimedResultReminder>
{
    public void Configure(EntityTypeBuilder<UnclaimedResultReminder> builder)
    {
        builder.ToTable("unclaimed_result_reminders");
        builder.HasKey(r => new { r.CaseId, r.Number });
        builder.Property(r => r.SentAt).HasConversion(UtcInstant.Converter);
    }
}
