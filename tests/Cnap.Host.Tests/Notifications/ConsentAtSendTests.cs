using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Cnap.Host.Tests.Domain;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Notifications;

/// <summary>Consent and the case are read again when a notice is sent, not only when it was written.</summary>
public sealed class ConsentAtSendTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_sms_queued_before_the_applicant_withdrew_sms_consent_is_skipped_with_the_reason_and_the_email_still_goes(DatabaseKind kind)
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = NotificationHost.Start(database, gateway.HostSettings);
        var world = await StoredWorld.CreateAsync(host.Services.GetRequiredService<IDbContextFactory<CnapDbContext>>());
        var @case = await world.RegisterAsync();
        var entries = await host.NotifyAsync(NotificationEvent.SentToProvider, NotificationHost.Olena() with { CaseId = @case.Id });

        await using (var db = world.Context())
        {
            var stored = await db.Set<Case>().SingleAsync(c => c.Id == @case.Id);
            // The Cases feature has no consent-change operation yet; the stored consent is what the dispatcher reads.
            db.Entry(stored).ComplexProperty(c => c.Notifications).CurrentValue = new NotificationConsent(Sms: false, Email: true);
            await db.SaveChangesAsync();
        }
        await host.Dispatcher.DispatchDueAsync();

        var sms = await host.EntryAsync(entries.Single(e => e.Channel == NotificationChannel.Sms).Id);
        Assert.Equal((OutboxStatus.Skipped, 0), (sms.Status, sms.Attempts));
        Assert.Equal("Not sent: the applicant no longer consents to notices by SMS", sms.Steps[^1].Detail);
        Assert.Empty(gateway.Requests);
        Assert.Equal(OutboxStatus.Delivered, (await host.EntryAsync(entries.Single(e => e.Channel == NotificationChannel.Email).Id)).Status);
    }

    [Fact]
    public async Task Notices_queued_before_the_case_was_cancelled_are_skipped_but_one_written_after_it_goes()
    {
        using var gateway = new SmsGatewayStub().AcceptAll();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, gateway.HostSettings);
        var world = await StoredWorld.CreateAsync(host.Services.GetRequiredService<IDbContextFactory<CnapDbContext>>());
        var @case = await world.RegisterAsync();
        var olena = NotificationHost.Olena() with { CaseId = @case.Id };
        var before = await host.NotifyAsync(NotificationEvent.CaseRegistered, olena);

        world.Clock.SetUtcNow(host.Clock.GetUtcNow().AddMinutes(1));
        await world.UpdateAsync(@case.Id, (c, _) => c.Cancel("Помилкова реєстрація", world.Clock, world.Administrator));
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await host.NotifyAsync(NotificationEvent.Refused, olena with { Email = null });
        await host.Dispatcher.DispatchDueAsync();

        foreach (var entry in before)
        {
            var skipped = await host.EntryAsync(entry.Id);
            Assert.Equal(OutboxStatus.Skipped, skipped.Status);
            Assert.Equal($"Not sent: the case was cancelled at {NotificationHost.Morning.AddMinutes(1):u}, after the notice was written", skipped.Steps[^1].Detail);
        }
        Assert.Equal(OutboxStatus.Sent, (await host.EntryAsync(after.Single().Id)).Status);
        Assert.Equal(after.Single().Id.ToString(), Assert.Single(gateway.Requests).IdempotencyKey);
    }
}
