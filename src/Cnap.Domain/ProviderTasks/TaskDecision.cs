using Cnap.Domain.Cases;

namespace Cnap.Domain.ProviderTasks;

public sealed class TaskDecision
{
    // Not readonly: EF maps these lists by field and sets them when loading.
    private List<TaskAttachment> attachments = [];

    private TaskDecision() { }

    internal TaskDecision(TaskOutcome outcome, string? comment, string? refusalGroundCode, IEnumerable<TaskAttachment> attachments, DateTimeOffset decidedAt, Actor decidedBy)
    {
        Outcome = outcome;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        RefusalGroundCode = refusalGroundCode;
        this.attachments.AddRange(attachments);
        DecidedAt = decidedAt;
        DecidedBy = decidedBy;
    }

    public TaskOutcome Outcome { get; private set; }

    public string? Comment { get; private set; }

    public string? RefusalGroundCode { get; private set; }

    public IReadOnlyList<TaskAttachment> Attachments => attachments;

    /// <summary>The permit, extract or certificate an approval produced, which the card records as the case's result.</summary>
    public ResultDocument? ResultDocument { get; internal init; }

    public DateTimeOffset DecidedAt { get; private set; }

    public Actor DecidedBy { get; private set; } = null!;
}
