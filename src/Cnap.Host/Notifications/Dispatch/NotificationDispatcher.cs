using Cnap.Domain;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Cnap.Host.Notifications.Email;
using Cnap.Host.Notifications.Sms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Notifications.Dispatch;

/// <summary>
/// Sends what is due: claims a batch (<see cref="OutboxClaims"/>), sends each entry outside any transaction and records
/// the outcome under its lease, then asks the gateway about sent SMS whose receipt is overdue. The Quartz job
/// (NotificationDispatchJob) calls
/// <see cref="DispatchDueAsync"/>; tests call it directly with a fake clock.
/// </summary>
public sealed class NotificationDispatcher(
    IDbContextFactory<CnapDbContext> contexts, OutboxClaims claims, ISmsGateway sms, IEmailTransport email, DispatchRules rules,
    IOptionsMonitor<NotificationOptions> options, TimeProvider clock, ILogger<NotificationDispatcher> logger)
{
    /// <summary>Who holds a lease: unique per dispatcher instance, so a restarted host is a new owner.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public async Task<DispatchReport> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var claimed = await ClaimAsync(cancellationToken);
        int accepted = 0, temporary = 0, permanent = 0;
        foreach (var entry in claimed)
        {
            switch (await SendAsync(entry, cancellationToken))
            {
                case SendOutcome.Accepted: accepted++; break;
                case SendOutcome.TemporaryFailure: temporary++; break;
                default: permanent++; break;
            }
        }
        var queried = await QueryStatusesAsync(cancellationToken);
        return new(claimed.Count, accepted, temporary, permanent, queried);
    }

    /// <summary>
    /// Sent SMS whose receipt is overdue: the gateway is asked, each entry claimed like a send so two hosts never ask
    /// about the same one at once. A receipt that arrives meanwhile wins; the answer then changes nothing.
    /// </summary>
    internal async Task<int> QueryStatusesAsync(CancellationToken cancellationToken)
    {
        if (!sms.AwaitsReceipts)
            return 0;
        var settings = options.CurrentValue;
        var claimed = await claims.ClaimStatusQueriesAsync(
            Owner, sms.Name, settings.Dispatcher.BatchSize, settings.Sms.StatusQueryInterval, settings.Sms.StatusQueryUntil, cancellationToken);
        foreach (var entry in claimed)
        {
            SmsStatusAnswer answer;
            try
            {
                answer = await sms.QueryStatusAsync(entry.GatewayMessageId!, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Status query for notice {Entry} failed unexpectedly", entry.Id);
                answer = new SmsStatusAnswer(null, $"status query failed: {e.Message}");
            }
            await RecordStatusAsync(entry, answer, settings.Sms);
        }
        return claimed.Count;
    }

    private async Task RecordStatusAsync(ClaimedEntry claimed, SmsStatusAnswer answer, SmsOptions settings)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var entry = await db.Set<OutboxEntry>().SingleAsync(e => e.Id == claimed.Id, CancellationToken.None);
        if (!entry.RecordStatusAnswer(Owner, answer.Delivered, answer.Detail, clock.Now(), settings.StatusQueryInterval, settings.StatusQueryUntil))
        {
            logger.LogInformation("Notice {Entry}: settled by a receipt while its status was asked; the answer is dropped", claimed.Id);
            return;
        }
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Notice {Entry}: a receipt was recorded while its status was asked; the answer is dropped", claimed.Id);
        }
    }

    /// <summary>The first half of a round, alone: tests use it to play a host that dies before sending.</summary>
    internal Task<IReadOnlyList<ClaimedEntry>> ClaimAsync(CancellationToken cancellationToken) =>
        claims.ClaimAsync(Owner, options.CurrentValue.Dispatcher.BatchSize, cancellationToken);

    internal async Task<SendOutcome> SendAsync(ClaimedEntry entry, CancellationToken cancellationToken)
    {
        string gateway;
        SendOutcome outcome;
        try
        {
            (gateway, outcome) = entry.Channel == NotificationChannel.Sms
                ? (sms.Name, await sms.SendAsync(entry.Id.ToString(), entry.Recipient, entry.Body, cancellationToken))
                : (email.Name, await email.SendAsync(new EmailMessage(entry.Id.ToString(), entry.Recipient, entry.Subject!, entry.Body), cancellationToken));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Sending notice {Entry} failed unexpectedly", entry.Id);
            (gateway, outcome) = (entry.Channel == NotificationChannel.Sms ? sms.Name : email.Name, new SendOutcome.TemporaryFailure(e.Message));
        }
        await RecordAsync(entry, gateway, outcome);
        return outcome;
    }

    // The message has left; recording must not be abandoned because the host started to stop.
    private async Task RecordAsync(ClaimedEntry claimed, string gateway, SendOutcome outcome)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var entry = await db.Set<OutboxEntry>().SingleAsync(e => e.Id == claimed.Id, CancellationToken.None);
        var now = clock.Now();
        var recorded = outcome switch
        {
            SendOutcome.Accepted a => entry.RecordAccepted(Owner, gateway, a.GatewayMessageId,
                awaitsReceipt: claimed.Channel == NotificationChannel.Sms && sms.AwaitsReceipts, now, options.CurrentValue.Sms.ReceiptWait),
            SendOutcome.TemporaryFailure t => entry.RecordTemporaryFailure(Owner, gateway, t.Error, now, rules),
            SendOutcome.PermanentFailure p => entry.RecordPermanentFailure(Owner, gateway, p.Error, now),
            _ => throw new InvalidOperationException($"Unknown outcome {outcome}"),
        };
        if (!recorded)
        {
            logger.LogWarning("Notice {Entry}: the lease passed to another dispatcher before {Outcome} was recorded", claimed.Id, outcome);
            return;
        }
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("Notice {Entry}: changed by another writer while {Outcome} was recorded", claimed.Id, outcome);
        }
    }
}
