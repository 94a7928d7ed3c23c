namespace Cnap.Domain.Calendar;

/// <summary>
/// A time the term's clock stood still (clarification asked: "leaving without motion"). Open while
/// <see cref="Until"/> is null. Like a term, counting resumes the day after the clock restarts.
/// </summary>
public sealed record SuspensionInterval(DateTimeOffset From, DateTimeOffset? Until)
{
    public bool IsOpen => Until is null;

    public bool Covers(DateTimeOffset instant) => From <= instant && (Until is null || instant < Until);
}
