using Cnap.Domain.Calendar;
using Cnap.Domain.Organisations;

namespace Cnap.Host.Components;

public enum SlaState
{
    /// <summary>No clock runs: the case is decided, closed or waits for its result to be collected.</summary>
    None,
    OnTrack,
    DueSoon,
    Overdue,
    Paused,
}

/// <summary>Where a term stands today: green beyond two working days, amber within two, red past the deadline, paused while suspended.</summary>
public sealed record Sla(SlaState State, int? WorkingDaysLeft)
{
    public const int DueSoonWorkingDays = 2;

    public static readonly Sla None = new(SlaState.None, null);

    public static Sla For(DateTimeOffset now, DateTimeOffset deadline, bool running, bool paused, WorkingCalendar calendar)
    {
        if (paused)
            return new(SlaState.Paused, null);
        if (!running)
            return None;
        var left = calendar.CountWorkingDays(UkraineTime.LocalDate(now), DeskTime.LastDay(deadline));
        var state = now > deadline ? SlaState.Overdue : left <= DueSoonWorkingDays ? SlaState.DueSoon : SlaState.OnTrack;
        return new(state, left);
    }
}
