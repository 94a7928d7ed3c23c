namespace Cnap.Activities.SelectLists;

public sealed class TimerBasisList() : FixedList("TimerBasis",
    nameof(TimerBasis.Term),
    nameof(TimerBasis.CaseDeadline),
    nameof(TimerBasis.SilentConsent));

public enum TimerBasis
{
    /// <summary>A term counted from the moment the timer starts.</summary>
    Term,

    /// <summary>The end of the case's legal deadline.</summary>
    CaseDeadline,

    /// <summary>The day the applicant may act without the permit (Law 2806-IV).</summary>
    SilentConsent,
}
