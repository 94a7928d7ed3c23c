using Cnap.Domain.Catalogue;
using Cnap.Domain.Cases;

namespace Cnap.Domain.ProviderTasks;

/// <summary>The work item a stage of the card creates for a provider or unit: decide by the due date.</summary>
public sealed class ProviderTask
{
    private ProviderTask() { }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>Kept with the task so a provider's inbox can be listed and checked without loading cases.</summary>
    public Guid ServiceId { get; private set; }

    public string Stage { get; private set; } = "";

    public StageAction Action { get; private set; }

    public Guid ProviderId { get; private set; }

    public Guid? UnitId { get; private set; }

    public Guid? OfficerId { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public ProviderTaskStatus Status { get; private set; }

    public TaskDecision? Decision { get; private set; }

    public string? CancellationReason { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => Status is ProviderTaskStatus.Assigned or ProviderTaskStatus.InProgress;

    public bool IsOverdueAt(DateTimeOffset now) => IsOpen && now > DueAt;

    /// <summary>The due date comes from the stage's term through the provider's calendar, computed by the caller.</summary>
    public static ProviderTask Assign(
        Case @case, string stage, StageAction action, Guid providerId, Guid? unitId, DateTimeOffset dueAt, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(stage))
            throw new DomainException("A task needs the name of its stage.");
        if (@case.IsClosed)
            throw new DomainException($"Case {@case.JournalNumber} is {@case.Status}: no new tasks.");
        var now = clock.Now();
        var due = TimeProviderExtensions.ToStored(dueAt);
        if (due < now)
            throw new DomainException($"The task «{stage}» would be due {due:u}, before it is assigned.");
        return new ProviderTask
        {
            Id = Guid.CreateVersion7(now),
            CaseId = @case.Id,
            ServiceId = @case.ServiceId,
            Stage = stage.Trim(),
            Action = action,
            ProviderId = providerId,
            UnitId = unitId,
            AssignedAt = now,
            DueAt = due,
            Status = ProviderTaskStatus.Assigned,
        };
    }

    public void Take(Guid officerId)
    {
        RequireOpen("take");
        if (Status == ProviderTaskStatus.InProgress && OfficerId != officerId)
            throw new DomainException($"Task «{Stage}» is already taken by another officer.");
        OfficerId = officerId;
        Status = ProviderTaskStatus.InProgress;
        Version++;
    }

    public void Reassign(Guid? unitId, Guid? officerId)
    {
        RequireOpen("reassign");
        UnitId = unitId;
        OfficerId = officerId;
        Status = officerId is null ? ProviderTaskStatus.Assigned : ProviderTaskStatus.InProgress;
        Version++;
    }

    /// <summary>Approving (or agreeing); the stage that produces the result hands over its document with the approval.</summary>
    public void Approve(string? comment, IEnumerable<TaskAttachment> attachments, TimeProvider clock, Actor by, ResultDocument? result = null) =>
        Decide(TaskOutcome.Approved, comment, null, attachments, clock, by, result);

    /// <summary>Refusing (or not agreeing, for a П stage) cites a ground from the service's closed list, with reasons.</summary>
    public void Refuse(AdministrativeService service, string? groundCode, string reasons, IEnumerable<TaskAttachment> attachments, TimeProvider clock, Actor by)
    {
        if (service.Id != ServiceId)
            throw new DomainException($"Task «{Stage}» belongs to a case of another service than {service.Code}.");
        RequireOpen("refuse");
        var ground = service.RefusalGround(groundCode);
        if (string.IsNullOrWhiteSpace(reasons))
            throw new DomainException($"A refusal on ground «{ground.Code}» must give its reasons.");
        Decide(TaskOutcome.Refused, reasons, ground.Code, attachments, clock, by);
    }

    public void AskClarification(string request, TimeProvider clock, Actor by)
    {
        if (string.IsNullOrWhiteSpace(request))
            throw new DomainException("A request for clarification must say what is to be clarified.");
        Decide(TaskOutcome.Clarification, request, null, [], clock, by);
    }

    public void Cancel(string reason)
    {
        RequireOpen("cancel");
        Status = ProviderTaskStatus.Cancelled;
        CancellationReason = reason;
        Version++;
    }

    private void Decide(
        TaskOutcome outcome, string? comment, string? groundCode, IEnumerable<TaskAttachment> attachments, TimeProvider clock, Actor by,
        ResultDocument? result = null)
    {
        RequireOpen(outcome.ToString().ToLowerInvariant());
        Decision = new TaskDecision(outcome, comment, groundCode, attachments, clock.Now(), by) { ResultDocument = result };
        Status = ProviderTaskStatus.Decided;
        Version++;
    }

    private void RequireOpen(string attempted)
    {
        if (!IsOpen)
            throw new DomainException($"Task «{Stage}» is {Status}: cannot {attempted} it.");
    }
}
