namespace Cnap.Activities;

/// <summary>Settings under <c>Cases</c> that the activities read (domain.md: configurable, with these defaults).</summary>
public sealed class CnapActivityOptions
{
    public const string Section = "Cases";

    /// <summary>How long a result waits at the centre before it is marked unclaimed (archived or returned).</summary>
    public int UnclaimedStorageMonths { get; set; } = 3;

    /// <summary>Working days the applicant has to answer a request for clarification when the card does not say.</summary>
    public int ClarificationWorkingDays { get; set; } = 10;
}
