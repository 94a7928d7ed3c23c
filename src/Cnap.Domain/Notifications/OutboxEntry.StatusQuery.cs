namespace Cnap.Domain.Notifications;

public sealed partial class OutboxEntry
{
    /// <summary>
    /// A sent SMS whose receipt is overdue: the gateway is asked for its status. Due again at <see cref="DueAt"/>, which
    /// <see cref="RecordAccepted"/> set to the receipt wait and each unanswered query moves on.
    /// </summary>
    public bool IsStatusQueryDue(DateTimeOffset now) =>
        Status == OutboxStatus.Sent && DueAt <= now && (LeaseUntil is null || LeaseUntil <= now);

    /// <summary>
    /// Takes a sent SMS for one status query. The status stays <see cref="OutboxStatus.Sent"/> (a query changes nothing
    /// on the gateway, so a host dying mid-query needs no interruption count); the lease only keeps a second host from
    /// asking at the same time, and <see cref="DueAt"/> moves on so a lost answer is asked again later.
    /// </summary>
    public bool TryClaimStatusQuery(string owner, DateTimeOffset now, TimeSpan lease, TimeSpan interval)
    {
        if (!IsStatusQueryDue(now))
            return false;
        LeaseOwner = owner;
        LeaseUntil = now + lease;
        DueAt = now + interval;
        UpdatedAt = now;
        Version++;
        return true;
    }

    /// <summary>
    /// The gateway's answer to a status query: delivered, failed for good, or still on its way (asked again after
    /// <paramref name="interval"/> until <paramref name="queryUntil"/> after it was sent, after which only a receipt can
    /// settle it). False when the entry left this owner's query lease, e.g. because a receipt settled it meanwhile.
    /// </summary>
    public bool RecordStatusAnswer(string owner, bool? delivered, string detail, DateTimeOffset now, TimeSpan interval, TimeSpan queryUntil)
    {
        if (Status != OutboxStatus.Sent || LeaseOwner != owner)
            return false;
        ReleaseLease();
        if (delivered == true)
        {
            DeliveredAt = now;
            Record(now, OutboxStatus.Delivered, $"Status query: {detail}");
            return true;
        }
        if (delivered == false)
        {
            Fail(now, $"Not delivered per status query: {detail}");
            return true;
        }
        DueAt = now + interval;
        // A sent entry always has SentAt (RecordAccepted sets both); counting from now is only a guard.
        var giveUpAt = (SentAt ?? now) + queryUntil;
        Record(now, OutboxStatus.Sent, DueAt > giveUpAt
            ? $"Status query: {detail}; no further queries, a receipt may still settle it"
            : $"Status query: {detail}; asked again at {DueAt:u}");
        return true;
    }
}
