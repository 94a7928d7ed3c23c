namespace Cnap.Activities.SelectLists;

public sealed class TermUnitList() : FixedList("TermUnit",
    nameof(StageTermUnit.WorkingDays),
    nameof(StageTermUnit.CalendarDays),
    nameof(StageTermUnit.Hours),
    nameof(StageTermUnit.SameDay),
    nameof(StageTermUnit.CaseDeadline));

/// <summary>How a stage's or timer's term is counted.</summary>
public enum StageTermUnit
{
    WorkingDays,
    CalendarDays,
    Hours,
    SameDay,

    /// <summary>Until the case's legal deadline (which suspensions move).</summary>
    CaseDeadline,
}
