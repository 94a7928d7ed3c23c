namespace Cnap.Activities.SelectLists;

public sealed class TermUnitList() : FixedList(
    (nameof(StageTermUnit.WorkingDays), "робочих днів"),
    (nameof(StageTermUnit.CalendarDays), "календарних днів"),
    (nameof(StageTermUnit.Hours), "годин"),
    (nameof(StageTermUnit.SameDay), "у день звернення"),
    (nameof(StageTermUnit.CaseDeadline), "до граничного строку справи"));

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
