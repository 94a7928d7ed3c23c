namespace Cnap.Domain.ProviderTasks;

/// <summary>The outcomes the card's await-decision step continues on.</summary>
public enum TaskOutcome
{
    Approved,
    Refused,
    Clarification,
}
