namespace Cnap.Domain.Notifications;

/// <summary>How long to wait after each temporary failure; when the delays run out, the entry fails for good.</summary>
public sealed record RetrySchedule
{
    public RetrySchedule(IReadOnlyList<TimeSpan> delays)
    {
        if (delays.Count == 0 || delays.Any(d => d <= TimeSpan.Zero))
            throw new DomainException("A retry schedule needs at least one positive delay.");
        Delays = delays;
    }

    public static RetrySchedule Default => new([
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15),
        TimeSpan.FromHours(1), TimeSpan.FromHours(4),
    ]);

    public IReadOnlyList<TimeSpan> Delays { get; }

    /// <summary>The first attempt plus one retry per delay.</summary>
    public int MaxAttempts => Delays.Count + 1;

    /// <summary>The wait after attempt <paramref name="attempt"/> (1-based) failed, or null when none is left.</summary>
    public TimeSpan? DelayAfter(int attempt) => attempt >= 1 && attempt <= Delays.Count ? Delays[attempt - 1] : null;
}
