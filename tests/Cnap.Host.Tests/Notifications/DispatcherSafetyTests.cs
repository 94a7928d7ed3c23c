using Cnap.Domain.Notifications;
using Cnap.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Cnap.Host.Tests.Notifications;

/// <summary>Several hosts on one database: nothing lost, nothing sent twice, quiet hours and consent honoured.</summary>
public sealed class DispatcherSafetyTests
{
    [Theory]
    [InlineData(DatabaseKind.Postgres)]
    [InlineData(DatabaseKind.Sqlite)]
    public async Task A_host_dying_between_claim_and_send_leaves_the_entry_to_be_sent_once_by_another_after_the_lease(DatabaseKind kind)
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(kind);
        var clock = new FakeTimeProvider(NotificationHost.Morning);
        await using var doomed = NotificationHost.Start(database, gateway.HostSettings, clock);
        await using var survivor = NotificationHost.Start(database, gateway.HostSettings, clock);
        var sms = (await doomed.NotifyAsync(NotificationEvent.SentToProvider, NotificationHost.Olena(address: null))).Single();

        Assert.Single(await doomed.Dispatcher.ClaimAsync(CancellationToken.None));
        // ...and the host dies here, before the gateway hears of the message.
        Assert.Equal(0, (await survivor.Dispatcher.DispatchDueAsync()).Claimed);
        clock.Advance(TimeSpan.FromMinutes(2));
        var report = await survivor.Dispatcher.DispatchDueAsync();

        Assert.Equal(1, report.Accepted);
        Assert.Single(gateway.Requests);
        var sent = await survivor.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.Sent, 2, 1), (sent.Status, sent.Attempts, sent.Interruptions));
        Assert.Contains(sent.Steps, s => s.Detail.StartsWith($"Interrupted: {doomed.Dispatcher.Owner}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_entry_interrupted_twice_is_not_sent_a_third_time_and_says_why()
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var clock = new FakeTimeProvider(NotificationHost.Morning);
        await using var first = NotificationHost.Start(database, gateway.HostSettings, clock);
        await using var second = NotificationHost.Start(database, gateway.HostSettings, clock);
        var sms = (await first.NotifyAsync(NotificationEvent.SentToProvider, NotificationHost.Olena(address: null))).Single();

        await first.Dispatcher.ClaimAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Single(await second.Dispatcher.ClaimAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(2));
        await first.Dispatcher.DispatchDueAsync();

        var failed = await first.EntryAsync(sms.Id);
        Assert.Equal(OutboxStatus.PermanentFailure, failed.Status);
        Assert.Equal("Delivery uncertain: sending was interrupted 2 times; not sent again", failed.LastError);
        Assert.Empty(gateway.Requests);
    }

    [Theory]
    [InlineData(DatabaseKind.Postgres)]
    [InlineData(DatabaseKind.Sqlite)]
    public async Task Two_hosts_dispatching_at_once_never_send_the_same_entry(DatabaseKind kind)
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(kind);
        var clock = new FakeTimeProvider(NotificationHost.Morning);
        var batch = new Dictionary<string, string?>(gateway.HostSettings) { ["Notifications:Dispatcher:BatchSize"] = "5" };
        await using var a = NotificationHost.Start(database, batch, clock);
        await using var b = NotificationHost.Start(database, batch, clock);
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
            ids.AddRange((await a.NotifyAsync(NotificationEvent.CaseRegistered, NotificationHost.Olena(address: null, phone: $"067{i:D7}"))).Select(e => e.Id));

        var rounds = await Task.WhenAll(DrainAsync(a), DrainAsync(b));

        var keys = gateway.Requests.Select(r => r.IdempotencyKey).ToList();
        Assert.Equal(ids.Count, keys.Count);
        Assert.Equal(ids.Select(id => id.ToString()).Order(), keys.Order());
        Assert.All(rounds, sent => Assert.True(sent > 0, "both hosts took part"));
        Assert.All(await a.EntriesAsync(), e => Assert.Equal((OutboxStatus.Sent, 1), (e.Status, e.Attempts)));
    }

    [Fact]
    public async Task At_night_an_sms_waits_for_8_oclock_Kyiv_time_while_the_email_goes_at_once()
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var night = DateTimeOffset.Parse("2026-02-02T21:30:00Z"); // 23:30 in Kyiv
        await using var host = NotificationHost.Start(database, gateway.HostSettings, new FakeTimeProvider(night));
        var entries = await host.NotifyAsync(NotificationEvent.ReadyForIssue, NotificationHost.Olena());
        var sms = entries.Single(e => e.Channel == NotificationChannel.Sms);
        var email = entries.Single(e => e.Channel == NotificationChannel.Email);

        await host.Dispatcher.DispatchDueAsync();

        Assert.Equal(OutboxStatus.Delivered, (await host.EntryAsync(email.Id)).Status);
        var waiting = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.Created, 0, DateTimeOffset.Parse("2026-02-03T06:00:00Z")), (waiting.Status, waiting.Attempts, waiting.DueAt));
        Assert.Empty(gateway.Requests);

        host.Clock.SetUtcNow(DateTimeOffset.Parse("2026-02-03T06:00:00Z"));
        await host.Dispatcher.DispatchDueAsync();

        Assert.Equal(OutboxStatus.Sent, (await host.EntryAsync(sms.Id)).Status);
        Assert.Single(gateway.Requests);
    }

    [Fact]
    public async Task Without_consent_nothing_is_sent_and_the_entry_says_why()
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, gateway.HostSettings);
        var sms = (await host.NotifyAsync(NotificationEvent.Refused, NotificationHost.Olena(sms: false, email: false)))
            .Single(e => e.Channel == NotificationChannel.Sms);

        await host.Dispatcher.DispatchDueAsync();

        var skipped = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.Skipped, 0), (skipped.Status, skipped.Attempts));
        Assert.Equal("Not sent: the applicant did not consent to notices by this channel", skipped.Steps[^1].Detail);
        Assert.Empty(gateway.Requests);
    }

    private static async Task<int> DrainAsync(NotificationHost host)
    {
        var sent = 0;
        for (var round = 0; round < 1000; round++)
        {
            var report = await host.Dispatcher.DispatchDueAsync();
            sent += report.Accepted;
            if (report.Claimed == 0 && (await host.EntriesAsync()).All(e => e.Status == OutboxStatus.Sent))
                return sent;
        }
        throw new TimeoutException("The outbox did not drain in 1000 rounds");
    }
}
