namespace Cnap.Activities.SelectLists;

public sealed class TimerBasisList() : FixedList(
    (nameof(TimerBasis.Term), "строк від запуску таймера"),
    (nameof(TimerBasis.CaseDeadline), "граничний строк справи"),
    (nameof(TimerBasis.SilentConsent), "настання мовчазної згоди"));

public enum TimerBasis
{
    /// <summary>A term counted from the moment the timer starts.</summary>
    Term,

    /// <summary>The end of the case's legal deadline.</summary>
    CaseDeadline,

    /// <summary>The day the applicant may act without the permit (Law 2806-IV).</summary>
    SilentConsent,
}
