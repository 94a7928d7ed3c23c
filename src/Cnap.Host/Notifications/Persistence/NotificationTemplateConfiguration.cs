using Cnap.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Notifications.Persistence;

internal sealed class NotificationTemplateConfiguration : IEntityTypeConfiguration<NotificationTemplate>
{
    public void Configure(EntityTypeBuilder<NotificationTemplate> builder)
    {
        builder.ToTable("notification_templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Subject).HasMaxLength(NotificationTemplate.MaxSubjectLength);
        builder.Property(t => t.Body).HasMaxLength(NotificationTemplate.MaxBodyLength);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
        builder.Property(t => t.UpdatedAt).HasConversion(UtcInstant.Converter);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.Event, t.Channel }).IsUnique();
    }
}
