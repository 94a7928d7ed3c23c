using System.Collections.Frozen;
using static Cnap.Domain.Cases.CaseStatus;

namespace Cnap.Domain.Cases;

/// <summary>The state machine of a case in one table: which statuses each action is allowed from.</summary>
public static class CaseTransitions
{
    private static readonly CaseStatus[] Open = [Registered, InReview, AwaitingClarification, ReadyForIssue];

    private static readonly FrozenDictionary<CaseAction, CaseStatus[]> AllowedFrom = new Dictionary<CaseAction, CaseStatus[]>
    {
        [CaseAction.SendToProvider] = [Registered, InReview],
        [CaseAction.RequestClarification] = [InReview],
        [CaseAction.ProvideClarification] = [AwaitingClarification],
        [CaseAction.RecordGrant] = [InReview],
        [CaseAction.RecordRefusal] = [InReview, AwaitingClarification],
        [CaseAction.ApplySilentConsent] = [InReview],
        [CaseAction.RecordDecisionSent] = [ReadyForIssue],
        [CaseAction.Issue] = [ReadyForIssue],
        [CaseAction.MarkUnclaimed] = [ReadyForIssue],
        [CaseAction.Withdraw] = [Registered, InReview, AwaitingClarification],
        [CaseAction.Cancel] = [Registered],
        [CaseAction.SetStatusText] = Open,
        [CaseAction.AttachDocument] = Open,
        [CaseAction.RecordPayment] = Open,
    }.ToFrozenDictionary();

    public static bool IsAllowed(CaseStatus status, CaseAction action) => AllowedFrom[action].Contains(status);

    public static IReadOnlyList<CaseStatus> StatusesAllowing(CaseAction action) => AllowedFrom[action];

    public static bool IsFinal(CaseStatus status) => !Open.Contains(status);

    public static IEnumerable<CaseAction> ActionsAllowedIn(CaseStatus status) =>
        Enum.GetValues<CaseAction>().Where(a => IsAllowed(status, a));
}
