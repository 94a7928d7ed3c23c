namespace Cnap.Domain.Notifications;

public sealed partial class OutboxEntry
{
    public bool IsDue(DateTimeOffset now) => Status switch
    {
        OutboxStatus.Created or OutboxStatus.TemporaryFailure => DueAt <= now,
        OutboxStatus.Sending => LeaseUntil <= now,
        _ => false,
    };

    /// <summary>
    /// A dispatcher asks to take the entry. Quiet hours and consent are checked here, at the moment of sending, not when
    /// the notice was written; an expired lease means the previous sender vanished and counts as an interruption.
    /// </summary>
    /// <param name="withdrawn">
    /// Why the notice must not go after all, as the case stands now (consent withdrawn, case cancelled); null when
    /// nothing changed since it was written.
    /// </param>
    public ClaimDecision TryClaim(string owner, DateTimeOffset now, DispatchRules rules, string? withdrawn = null)
    {
        if (!IsDue(now))
            return ClaimDecision.NotDue;
        if (Status == OutboxStatus.Sending)
        {
            Interruptions++;
            Record(now, OutboxStatus.TemporaryFailure, $"Interrupted: {LeaseOwner} did not finish attempt {Attempts} before its lease ended");
            if (Interruptions > rules.MaxInterruptions)
            {
                Fail(now, $"Delivery uncertain: sending was interrupted {Interruptions} times; not sent again");
                return ClaimDecision.GaveUp;
            }
        }
        if (!HasConsent)
        {
            LeaseOwner = null;
            LeaseUntil = null;
            Record(now, OutboxStatus.Skipped, "Not sent: the applicant did not consent to notices by this channel");
            return ClaimDecision.Skipped;
        }
        if (withdrawn is not null)
        {
            ReleaseLease();
            LastError = null;
            Record(now, OutboxStatus.Skipped, $"Not sent: {withdrawn}");
            return ClaimDecision.Skipped;
        }
        if (Channel == NotificationChannel.Sms && rules.SmsQuietHours.Contains(now))
        {
            DueAt = rules.SmsQuietHours.NextAllowed(now);
            LeaseOwner = null;
            LeaseUntil = null;
            Record(now, Status, $"Deferred to {DueAt:u}: quiet hours");
            return ClaimDecision.Deferred;
        }
        Attempts++;
        LeaseOwner = owner;
        LeaseUntil = now + rules.Lease;
        Record(now, OutboxStatus.Sending, $"Attempt {Attempts} by {owner}");
        return ClaimDecision.Claimed;
    }

    /// <summary>
    /// The gateway took the message. An SMS gateway's acceptance awaits its receipt (<see cref="OutboxStatus.Sent"/>);
    /// a mail server's or the log sink's is as far as we can ever see (<see cref="OutboxStatus.Delivered"/>).
    /// False when this owner no longer holds the lease and the outcome belongs to someone else.
    /// </summary>
    /// <param name="receiptWait">How long a receipt may take before the gateway is asked for the status instead.</param>
    public bool RecordAccepted(
        string owner, string gateway, string? gatewayMessageId, bool awaitsReceipt, DateTimeOffset now, TimeSpan? receiptWait = null)
    {
        if (!Holds(owner))
            return false;
        Gateway = gateway;
        GatewayMessageId = gatewayMessageId;
        SentAt = now;
        LastError = null;
        ReleaseLease();
        if (awaitsReceipt)
        {
            DueAt = now + (receiptWait ?? TimeSpan.FromHours(1));
            Record(now, OutboxStatus.Sent, $"Accepted by {gateway}" + (gatewayMessageId is null ? "" : $" as {gatewayMessageId}"));
            return true;
        }
        DeliveredAt = now;
        Record(now, OutboxStatus.Delivered, $"Delivered to {gateway}" + (gatewayMessageId is null ? "" : $" as {gatewayMessageId}"));
        return true;
    }

    /// <summary>Schedules the next attempt after the back-off (and after quiet hours for SMS), or fails when none is left.</summary>
    public bool RecordTemporaryFailure(string owner, string gateway, string error, DateTimeOffset now, DispatchRules rules)
    {
        if (!Holds(owner))
            return false;
        Gateway = gateway;
        ReleaseLease();
        if (rules.Retries.DelayAfter(Attempts) is not { } delay)
        {
            Fail(now, $"Gave up after {Attempts} attempts: {error}");
            return true;
        }
        var next = now + delay;
        DueAt = Channel == NotificationChannel.Sms ? rules.SmsQuietHours.NextAllowed(next) : next;
        LastError = error;
        Record(now, OutboxStatus.TemporaryFailure, $"{error}; next attempt at {DueAt:u}");
        return true;
    }

    public bool RecordPermanentFailure(string owner, string gateway, string error, DateTimeOffset now)
    {
        if (!Holds(owner))
            return false;
        Gateway = gateway;
        Fail(now, error);
        return true;
    }

    /// <summary>
    /// The gateway's delivery receipt. Repeated receipts are harmless (gateways resend them until acknowledged); a receipt
    /// for an entry already final (by an earlier receipt or a status query) changes nothing. It also ends a status query
    /// in flight: that query's answer then finds the entry settled and is dropped.
    /// </summary>
    public void RecordReceipt(bool delivered, string detail, DateTimeOffset now)
    {
        if (Status != OutboxStatus.Sent)
            return;
        if (delivered)
        {
            ReleaseLease();
            DeliveredAt = now;
            Record(now, OutboxStatus.Delivered, $"Delivery receipt: {detail}");
            return;
        }
        Fail(now, $"Not delivered per receipt: {detail}");
    }

    private bool Holds(string owner) => Status == OutboxStatus.Sending && LeaseOwner == owner;

    private void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseUntil = null;
    }
}
