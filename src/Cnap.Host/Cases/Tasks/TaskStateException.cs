using Cnap.Domain;
using Cnap.Domain.ProviderTasks;

namespace Cnap.Host.Cases.Tasks;

/// <summary>The task is not in a state that allows what was asked (already decided, cancelled, not awaited).</summary>
public sealed class TaskStateException(ProviderTask task, string attempted)
    : DomainException($"Task «{task.Stage}» is {task.Status}: cannot {attempted}.")
{
    public ProviderTaskStatus Status { get; } = task.Status;
}
