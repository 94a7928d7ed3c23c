using Cnap.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Notifications.Persistence;

internal sealed class OutboxEntryConfiguration : IEntityTypeConfiguration<OutboxEntry>
{
    public const string Table = "notification_outbox";

    public void Configure(EntityTypeBuilder<OutboxEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Recipient).HasMaxLength(OutboxEntry.MaxRecipientLength);
        builder.Property(e => e.Subject).HasMaxLength(OutboxEntry.MaxSubjectLength);
        builder.Property(e => e.LeaseOwner).HasMaxLength(200);
        builder.Property(e => e.Gateway).HasMaxLength(32);
        builder.Property(e => e.GatewayMessageId).HasMaxLength(128);
        builder.Property(e => e.LastError).HasMaxLength(DeliveryStep.MaxDetail);
        builder.Property(e => e.Version).IsConcurrencyToken();
        foreach (var instant in new[] { nameof(OutboxEntry.CreatedAt), nameof(OutboxEntry.UpdatedAt), nameof(OutboxEntry.DueAt) })
            builder.Property<DateTimeOffset>(instant).HasConversion(UtcInstant.Converter);
        foreach (var instant in new[] { nameof(OutboxEntry.LeaseUntil), nameof(OutboxEntry.SentAt), nameof(OutboxEntry.DeliveredAt) })
            builder.Property<DateTimeOffset?>(instant).HasConversion(UtcInstant.NullableConverter);
        builder.Ignore(e => e.IsFinal);
        builder.OwnsMany(e => e.Steps, step =>
        {
            step.ToTable("notification_outbox_steps");
            step.WithOwner().HasForeignKey("OutboxEntryId");
            step.HasKey("OutboxEntryId", nameof(DeliveryStep.Sequence));
            step.Property(s => s.Sequence).ValueGeneratedNever();
            step.Property(s => s.Detail).HasMaxLength(DeliveryStep.MaxDetail);
            step.Property(s => s.At).HasConversion(UtcInstant.Converter);
        });
        builder.Navigation(e => e.Steps).HasField("steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => new { e.Status, e.DueAt });
        builder.HasIndex(e => e.GatewayMessageId);
        builder.HasIndex(e => e.CaseId);
    }
}
