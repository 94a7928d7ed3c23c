using Cnap.Domain.Catalogue;

namespace Cnap.Domain.Cases;

/// <summary>
/// The provider's answer as it reached the centre. A refusal always carries its ground from the closed list, the reasons
/// and how to appeal. <see cref="SentAt"/> is when it was handed over or dispatched: silent consent depends on that date,
/// not on the date of signing.
/// </summary>
public sealed class Decision
{
    private Decision() { }

    private Decision(DecisionOutcome outcome, DateTimeOffset decidedAt, Actor decidedBy)
    {
        Outcome = outcome;
        DecidedAt = decidedAt;
        DecidedBy = decidedBy;
    }

    public DecisionOutcome Outcome { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public Actor DecidedBy { get; private set; } = null!;

    public RefusalGround? RefusalGround { get; private set; }

    public string? Reasons { get; private set; }

    public string? AppealInformation { get; private set; }

    public ResultDocument? ResultDocument { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    internal static Decision Grant(ResultDocument result, DateTimeOffset at, Actor by) =>
        new(DecisionOutcome.Granted, at, by) { ResultDocument = result };

    internal static Decision Refuse(RefusalGround ground, string reasons, string appealInformation, ResultDocument? letter, DateTimeOffset at, Actor by)
    {
        if (string.IsNullOrWhiteSpace(reasons))
            throw new DomainException($"A refusal on ground «{ground.Code}» must give its reasons.");
        if (string.IsNullOrWhiteSpace(appealInformation))
            throw new DomainException("A refusal must say how and where to appeal it.");
        return new(DecisionOutcome.Refused, at, by)
        {
            RefusalGround = ground,
            Reasons = reasons.Trim(),
            AppealInformation = appealInformation.Trim(),
            ResultDocument = letter,
        };
    }

    internal static Decision SilentConsent(DateTimeOffset at) => new(DecisionOutcome.DeemedGrantedBySilentConsent, at, Actor.Workflow);

    internal void MarkSent(DateTimeOffset at) => SentAt ??= at;
}
