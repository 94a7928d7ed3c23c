using Cnap.Domain.Notifications;

namespace Cnap.Domain.Tests.Notifications;

public sealed class NotificationTemplateTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-02-02T10:00:00Z");

    [Fact]
    public void An_email_template_needs_a_subject()
    {
        Assert.Throws<DomainException>(() => NotificationTemplate.Create(NotificationEvent.Issued, NotificationChannel.Email, " ", "Текст", Now, "test"));
    }

    [Fact]
    public void An_sms_template_keeps_no_subject()
    {
        var template = NotificationTemplate.Create(NotificationEvent.Issued, NotificationChannel.Sms, "Тема", " Видано ", Now, "test");

        Assert.Null(template.Subject);
        Assert.Equal("Видано", template.Body);
    }

    [Fact]
    public void Editing_records_who_and_when_and_bumps_the_version()
    {
        var template = NotificationTemplate.Create(NotificationEvent.Refused, NotificationChannel.Sms, null, "Відмова", Now, "seed");

        template.Edit(null, "Відмовлено у наданні послуги", false, Now.AddHours(1), "admin");

        Assert.Equal(("Відмовлено у наданні послуги", false, "admin", Now.AddHours(1), 2),
            (template.Body, template.IsEnabled, template.UpdatedBy, template.UpdatedAt, template.Version));
    }

    [Fact]
    public void An_empty_text_is_refused()
    {
        var template = NotificationTemplate.Create(NotificationEvent.Refused, NotificationChannel.Sms, null, "Відмова", Now, "seed");

        Assert.Throws<DomainException>(() => template.Edit(null, "  ", true, Now, "admin"));
    }
}
