namespace Cnap.Domain.Cases;

public sealed class IllegalCaseTransitionException(string caseNumber, CaseStatus status, CaseAction action)
    : DomainException(
        $"Case {caseNumber} is {status}: {action} is not allowed " +
        $"(only when {string.Join(" or ", CaseTransitions.StatusesAllowing(action))}).")
{
    public CaseStatus Status { get; } = status;

    public CaseAction Action { get; } = action;
}
