using System.Net;
using System.Net.Http.Json;
using Cnap.Domain.Notifications;
using Cnap.Host.Notifications.Sms;
using Cnap.Testing;

namespace Cnap.Host.Tests.Notifications;

/// <summary>SMS through the Refit client against a real HTTP server on loopback, and receipts through the callback.</summary>
public sealed class SmsGatewayTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_sms_accepted_by_the_gateway_is_delivered_when_its_receipt_arrives(DatabaseKind kind)
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = NotificationHost.Start(database, gateway.HostSettings);
        var sms = (await host.NotifyAsync(NotificationEvent.CaseRegistered, NotificationHost.Olena(address: null))).Single();

        var report = await host.Dispatcher.DispatchDueAsync();

        Assert.Equal(1, report.Accepted);
        var request = Assert.Single(gateway.Requests);
        Assert.Equal(sms.Id.ToString(), request.IdempotencyKey);
        Assert.Equal($"Bearer {SmsGatewayStub.Token}", request.Authorization);
        Assert.Equal(SmsGatewayStub.Sender, request.Body.GetProperty("sender").GetString());
        Assert.Equal("380501234567", request.Body.GetProperty("recipients")[0].GetString());
        Assert.Equal(
            "Заяву №ЦНАП-7/2026/000042 зареєстровано. Код для перевірки стану: 4821-0937-5562. Строк: до 16.02.2026.",
            request.Body.GetProperty("text").GetString());
        var sent = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.Sent, "gw-" + sms.Id, "http"), (sent.Status, sent.GatewayMessageId, sent.Gateway));

        host.Clock.Advance(TimeSpan.FromSeconds(20));
        var receipt = await host.PostReceiptAsync("gw-" + sms.Id, "delivered", SmsGatewayStub.CallbackSecret);

        Assert.Equal(HttpStatusCode.NoContent, receipt.StatusCode);
        var delivered = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.Delivered, NotificationHost.Morning.AddSeconds(20)), (delivered.Status, delivered.DeliveredAt));
    }

    [Fact]
    public async Task A_temporary_failure_is_retried_after_the_back_off_and_then_succeeds()
    {
        using var gateway = new SmsGatewayStub().FailFirst(1, HttpStatusCode.ServiceUnavailable).AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, gateway.HostSettings);
        var sms = (await host.NotifyAsync(NotificationEvent.ReadyForIssue, NotificationHost.Olena(address: null))).Single();

        await host.Dispatcher.DispatchDueAsync();
        var failed = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.TemporaryFailure, NotificationHost.Morning.AddMinutes(1)), (failed.Status, failed.DueAt));
        Assert.Contains("HTTP 503", failed.LastError);

        host.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, (await host.Dispatcher.DispatchDueAsync()).Claimed);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Dispatcher.DispatchDueAsync();

        var sent = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Equal(2, gateway.Requests.Count);
        Assert.All(gateway.Requests, r => Assert.Equal(sms.Id.ToString(), r.IdempotencyKey));
    }

    [Fact]
    public async Task An_invalid_number_fails_for_good_and_is_never_sent_again()
    {
        using var gateway = new SmsGatewayStub().AlwaysFail(HttpStatusCode.BadRequest, new { code = "invalid_recipient", message = "Number is not served" });
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, gateway.HostSettings);
        var sms = (await host.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena(address: null))).Single();

        await host.Dispatcher.DispatchDueAsync();
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.Dispatcher.DispatchDueAsync();

        var failed = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.PermanentFailure, 1), (failed.Status, failed.Attempts));
        Assert.Equal("HTTP 400 invalid_recipient: Number is not served", failed.LastError);
        Assert.Single(gateway.Requests);
    }

    [Fact]
    public async Task Temporary_failures_stop_when_the_retries_run_out()
    {
        using var gateway = new SmsGatewayStub().AlwaysFail(HttpStatusCode.TooManyRequests);
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, gateway.HostSettings);
        var sms = (await host.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena(address: null))).Single();

        for (var round = 0; round < 5; round++)
        {
            await host.Dispatcher.DispatchDueAsync();
            host.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var failed = await host.EntryAsync(sms.Id);
        Assert.Equal((OutboxStatus.PermanentFailure, 3), (failed.Status, failed.Attempts));
        Assert.StartsWith("Gave up after 3 attempts: HTTP 429", failed.LastError);
        Assert.Equal(3, gateway.Requests.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    public async Task A_receipt_without_the_right_secret_is_refused_and_changes_nothing(string? secret)
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, gateway.HostSettings);
        var sms = (await host.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena(address: null))).Single();
        await host.Dispatcher.DispatchDueAsync();

        var receipt = await host.PostReceiptAsync("gw-" + sms.Id, "delivered", secret);

        Assert.Equal(HttpStatusCode.Unauthorized, receipt.StatusCode);
        Assert.Equal(OutboxStatus.Sent, (await host.EntryAsync(sms.Id)).Status);
    }

    [Fact]
    public async Task A_receipt_may_carry_the_secret_in_the_query_and_an_undelivered_one_fails_the_entry()
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, gateway.HostSettings);
        var sms = (await host.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena(address: null))).Single();
        await host.Dispatcher.DispatchDueAsync();

        var receipt = await host.CreateClient().PostAsJsonAsync(
            $"{ReceiptEndpoint.Path}?secret={SmsGatewayStub.CallbackSecret}",
            new { message_id = "gw-" + sms.Id, status = "expired", detail = "EXPIRED: phone off for 48 h" });

        Assert.Equal(HttpStatusCode.NoContent, receipt.StatusCode);
        var failed = await host.EntryAsync(sms.Id);
        Assert.Equal(OutboxStatus.PermanentFailure, failed.Status);
        Assert.Equal("Not delivered per receipt: EXPIRED: phone off for 48 h", failed.LastError);
    }

    [Fact]
    public async Task A_receipt_for_an_unknown_message_is_answered_not_found_so_the_gateway_retries()
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, gateway.HostSettings);

        var receipt = await host.PostReceiptAsync("gw-unknown", "delivered", SmsGatewayStub.CallbackSecret);

        Assert.Equal(HttpStatusCode.NotFound, receipt.StatusCode);
    }
}
