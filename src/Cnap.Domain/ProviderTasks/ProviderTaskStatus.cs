namespace Cnap.Domain.ProviderTasks;

public enum ProviderTaskStatus
{
    /// <summary>Waiting in the inbox of the provider or unit.</summary>
    Assigned,

    /// <summary>An officer took it.</summary>
    InProgress,

    Decided,

    /// <summary>The card no longer needs it (a parallel branch refused, the case was withdrawn).</summary>
    Cancelled,
}
