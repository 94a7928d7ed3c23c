using Cnap.Domain.Notifications;
using Cnap.Testing;
using MimeKit;

namespace Cnap.Host.Tests.Notifications;

/// <summary>E-mail through MailKit to a real SMTP server on loopback.</summary>
public sealed class SmtpEmailTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_email_arrives_with_its_subject_plain_and_html_parts_and_Cyrillic_intact(DatabaseKind kind)
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = NotificationHost.Start(database, smtp.HostSettings);
        var email = (await host.NotifyAsync(NotificationEvent.CaseRegistered, NotificationHost.Olena(phone: null)))
            .Single(e => e.Channel == NotificationChannel.Email);

        await host.Dispatcher.DispatchDueAsync();

        var message = Assert.Single(smtp.Received());
        Assert.Equal("Заяву №ЦНАП-7/2026/000042 зареєстровано", message.Subject);
        Assert.Equal("olena.petrenko@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal(("ЦНАП Подільського району", "cnap@test.example"), (message.From.Mailboxes.Single().Name, message.From.Mailboxes.Single().Address));
        Assert.Equal($"{email.Id}@cnap.notifications", message.MessageId);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.StartsWith("Шановна/ий Олена Петренко!\n\nВашу заяву «Реєстрація місця проживання» зареєстровано за №ЦНАП-7/2026/000042.",
            message.TextBody!.Replace("\r\n", "\n"));
        Assert.Contains("<p>Шановна/ий Олена Петренко!</p>", message.HtmlBody);
        Assert.Contains("<a href=\"https://cnap.example.gov.ua/t/482109375562\">", message.HtmlBody);
        var delivered = await host.EntryAsync(email.Id);
        Assert.Equal((OutboxStatus.Delivered, "smtp"), (delivered.Status, delivered.Gateway));
    }

    [Fact]
    public async Task An_unreachable_mail_server_is_a_temporary_failure_and_the_email_goes_when_it_is_back()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var smtp = await SmtpServer.StartAsync();
        var settings = smtp.HostSettings;
        await smtp.DisposeAsync();
        await using var host = NotificationHost.Start(database, settings);
        var email = (await host.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena(phone: null))).Single();

        await host.Dispatcher.DispatchDueAsync();

        var failed = await host.EntryAsync(email.Id);
        Assert.Equal(OutboxStatus.TemporaryFailure, failed.Status);
        Assert.StartsWith("SMTP:", failed.LastError);

        await using var back = await SmtpServer.StartAsync(smtp.Port);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.Dispatcher.DispatchDueAsync();

        Assert.Equal("Результат за заявою №ЦНАП-7/2026/000042 видано", Assert.Single(back.Received()).Subject);
        Assert.Equal((OutboxStatus.Delivered, 2), ((await host.EntryAsync(email.Id)).Status, (await host.EntryAsync(email.Id)).Attempts));
    }
}
