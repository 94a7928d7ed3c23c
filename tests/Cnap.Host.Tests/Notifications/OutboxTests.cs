using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Cnap.Host.Notifications.Outbox;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Notifications;

/// <summary>The seam for case changes: notices ride in the caller's transaction.</summary>
public sealed class OutboxTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Notices_commit_with_the_change_that_causes_them_and_vanish_with_its_rollback(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = NotificationHost.Start(database, new Dictionary<string, string?>());

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<INotificationOutbox>()
                .NotifyAsync(NotificationEvent.CaseRegistered, NotificationHost.Olena(), NotificationHost.SampleCase());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.Empty(await host.EntriesAsync());

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<INotificationOutbox>()
                .NotifyAsync(NotificationEvent.CaseRegistered, NotificationHost.Olena(), NotificationHost.SampleCase());
            Assert.Empty(await host.EntriesAsync());
            await scope.ServiceProvider.GetRequiredService<CnapDbContext>().SaveChangesAsync();
        }
        var entries = await host.EntriesAsync();
        Assert.Equal([NotificationChannel.Sms, NotificationChannel.Email], entries.OrderBy(e => e.Channel).Select(e => e.Channel));
        Assert.Equal("+380501234567", entries.Single(e => e.Channel == NotificationChannel.Sms).Recipient);
    }

    [Fact]
    public async Task A_phone_that_is_not_Ukrainian_is_kept_as_a_failed_notice_instead_of_being_lost()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, new Dictionary<string, string?>());

        var entries = await host.NotifyAsync(NotificationEvent.ReadyForIssue, NotificationHost.Olena(phone: "+48 601 234 567"));

        var sms = await host.EntryAsync(entries.Single(e => e.Channel == NotificationChannel.Sms).Id);
        Assert.Equal(OutboxStatus.PermanentFailure, sms.Status);
        Assert.Equal("«+48 601 234 567» is not a Ukrainian phone number", sms.LastError);
    }

    [Fact]
    public async Task A_long_value_is_cut_so_the_sms_stays_within_the_limit()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, new Dictionary<string, string?> { ["Notifications:Sms:MaxParts"] = "1" });
        var model = NotificationHost.SampleCase().Set("Centre.Address", "м. Київ, " + string.Concat(Enumerable.Repeat("вулиця Дуже Довга ", 10)));

        var sms = (await host.NotifyAsync(NotificationEvent.ReadyForIssue, NotificationHost.Olena(address: null), model)).Single();

        Assert.Equal(1, SmsLength.Of(sms.Body).Parts);
        Assert.StartsWith("Результат за заявою №ЦНАП-7/2026/000042 готовий.", sms.Body);
        Assert.EndsWith("…", sms.Body);
    }

    [Fact]
    public async Task A_recipient_without_an_address_for_a_channel_gets_nothing_by_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, new Dictionary<string, string?>());

        var entries = await host.NotifyAsync(NotificationEvent.Issued, new NotificationRecipient(null, "olena@example.com", true, true));

        Assert.Equal(NotificationChannel.Email, Assert.Single(entries).Channel);
    }

    [Fact]
    public async Task By_default_nothing_leaves_the_machine_and_the_log_sink_records_what_was_sent()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, new Dictionary<string, string?>());
        await host.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena());

        await host.Dispatcher.DispatchDueAsync();

        Assert.All(await host.EntriesAsync(), e => Assert.Equal((OutboxStatus.Delivered, "log"), (e.Status, e.Gateway)));
    }
}
