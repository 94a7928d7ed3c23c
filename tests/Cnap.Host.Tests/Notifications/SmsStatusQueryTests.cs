using System.Net;
using Cnap.Domain.Notifications;
using Cnap.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Cnap.Host.Tests.Notifications;

/// <summary>Sent SMS whose receipt never came: the gateway is asked, on a real HTTP server on loopback.</summary>
public sealed class SmsStatusQueryTests
{
    private static Dictionary<string, string?> Settings(SmsGatewayStub gateway) => new(gateway.HostSettings)
    {
        ["Notifications:Sms:ReceiptWait"] = "00:10:00",
        ["Notifications:Sms:StatusQueryInterval"] = "00:30:00",
        ["Notifications:Sms:StatusQueryUntil"] = "02:00:00",
    };

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_receipt_overdue_is_asked_for_and_a_later_undelivered_receipt_does_not_undo_the_delivery(DatabaseKind kind)
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = NotificationHost.Start(database, Settings(gateway));
        var sms = (await host.NotifyAsync(NotificationEvent.CaseRegistered, NotificationHost.Olena(address: null))).Single();
        var messageId = "gw-" + sms.Id;
        gateway.StatusIs(messageId, "enroute");
        await host.Dispatcher.DispatchDueAsync();

        host.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, (await host.Dispatcher.DispatchDueAsync()).StatusQueries);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await host.Dispatcher.DispatchDueAsync()).StatusQueries);

        var waiting = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.Sent, NotificationHost.Morning.AddMinutes(40), null), (waiting.Status, waiting.DueAt, waiting.LeaseOwner));
        Assert.StartsWith("Status query: enroute; asked again at", waiting.Steps[^1].Detail);

        gateway.StatusIs(messageId, "delivered", "DELIVRD");
        host.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, (await host.Dispatcher.DispatchDueAsync()).StatusQueries);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.Dispatcher.DispatchDueAsync();

        var delivered = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.Delivered, NotificationHost.Morning.AddMinutes(40)), (delivered.Status, delivered.DeliveredAt));
        Assert.Equal("Status query: delivered: DELIVRD", delivered.Steps[^1].Detail);
        Assert.Equal([messageId, messageId], gateway.StatusQueries);

        var late = await host.PostReceiptAsync(messageId, "undelivered");
        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.Dispatcher.DispatchDueAsync();

        Assert.Equal(HttpStatusCode.NoContent, late.StatusCode);
        Assert.Equal(OutboxStatus.Delivered, (await host.EntryAsync(sms.Id)).Status);
        Assert.Equal(2, gateway.StatusQueries.Count);
    }

    [Fact]
    public async Task A_message_the_gateway_reports_expired_fails_for_good_and_a_late_delivered_receipt_leaves_it_failed()
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, Settings(gateway));
        var sms = (await host.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena(address: null))).Single();
        gateway.StatusIs("gw-" + sms.Id, "expired", "phone off for 48 h");
        await host.Dispatcher.DispatchDueAsync();

        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await host.Dispatcher.DispatchDueAsync();
        await host.PostReceiptAsync("gw-" + sms.Id, "delivered");

        var failed = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.PermanentFailure, "Not delivered per status query: expired: phone off for 48 h"), (failed.Status, failed.LastError));
        Assert.Null(failed.DeliveredAt);
    }

    [Fact]
    public async Task A_gateway_that_never_settles_is_asked_until_the_query_period_ends_and_then_left_to_a_receipt()
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, Settings(gateway));
        var sms = (await host.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena(address: null))).Single();
        gateway.StatusIs("gw-" + sms.Id, "accepted");
        await host.Dispatcher.DispatchDueAsync();

        for (var minutes = 0; minutes < 6 * 60; minutes += 10)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(10));
            await host.Dispatcher.DispatchDueAsync();
        }

        // Asked at 0:10, 0:40, 1:10 and 1:40; the next (2:10) would fall after the two hours.
        Assert.Equal(4, gateway.StatusQueries.Count);
        var open = await host.EntryAsync(sms.Id);
        Assert.Equal(OutboxStatus.Sent, open.Status);
        Assert.Equal("Status query: accepted; no further queries, a receipt may still settle it", open.Steps[^1].Detail);
        await host.PostReceiptAsync("gw-" + sms.Id, "delivered");
        Assert.Equal(OutboxStatus.Delivered, (await host.EntryAsync(sms.Id)).Status);
    }

    [Fact]
    public async Task Two_hosts_asking_at_once_never_ask_about_the_same_message()
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Postgres);
        var clock = new FakeTimeProvider(NotificationHost.Morning);
        var settings = new Dictionary<string, string?>(Settings(gateway)) { ["Notifications:Dispatcher:BatchSize"] = "4" };
        await using var a = NotificationHost.Start(database, settings, clock);
        await using var b = NotificationHost.Start(database, settings, clock);
        var ids = new List<Guid>();
        for (var i = 0; i < 24; i++)
            ids.AddRange((await a.NotifyAsync(NotificationEvent.CaseRegistered, NotificationHost.Olena(address: null, phone: $"067{i:D7}"))).Select(e => e.Id));
        foreach (var id in ids)
            gateway.StatusIs("gw-" + id, "delivered");
        while ((await a.Dispatcher.DispatchDueAsync()).Claimed > 0)
        {
        }
        clock.Advance(TimeSpan.FromMinutes(10));

        var asked = await Task.WhenAll(AskUntilNoneAsync(a), AskUntilNoneAsync(b));

        Assert.Equal(ids.Select(id => "gw-" + id).Order(), gateway.StatusQueries.Order());
        Assert.All(asked, count => Assert.True(count > 0, "both hosts took part"));
        Assert.All(await a.EntriesAsync(), e => Assert.Equal(OutboxStatus.Delivered, e.Status));
    }

    [Fact]
    public async Task A_receipt_arriving_while_the_status_is_asked_wins_over_the_answer()
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, Settings(gateway));
        var sms = (await host.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena(address: null))).Single();
        gateway.StatusIs("gw-" + sms.Id, "rejected", "operator refused", delay: TimeSpan.FromSeconds(6));
        await host.Dispatcher.DispatchDueAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(10));

        var asking = host.Dispatcher.QueryStatusesAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var receipt = await host.PostReceiptAsync("gw-" + sms.Id, "delivered");
        Assert.False(asking.IsCompleted, "the receipt must arrive while the query is under way");
        Assert.Equal(1, await asking);

        Assert.Equal(HttpStatusCode.NoContent, receipt.StatusCode);
        var delivered = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.Delivered, "Delivery receipt: DELIVERED"), (delivered.Status, delivered.Steps[^1].Detail));
    }

    private static async Task<int> AskUntilNoneAsync(NotificationHost host)
    {
        var asked = 0;
        for (var round = 0; round < 100; round++)
        {
            var count = await host.Dispatcher.QueryStatusesAsync(CancellationToken.None);
            asked += count;
            if (count == 0 && (await host.EntriesAsync()).All(e => e.Status == OutboxStatus.Delivered))
                return asked;
        }
        throw new TimeoutException("Status queries did not settle every entry in 100 rounds");
    }
}
