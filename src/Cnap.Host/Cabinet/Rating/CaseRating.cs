using Cnap.Domain;

namespace Cnap.Host.Cabinet.Rating;

/// <summary>
/// The applicant's mark for how a case was served (1–5, with an optional comment), once per case, after the result was
/// handed over; kept with the centre and service so heads can count marks without reading cases.
/// </summary>
public sealed class CaseRating
{
    public const int MaxComment = 1000;

    private CaseRating() { }

    public CaseRating(Guid caseId, Guid centreId, Guid serviceId, int score, string? comment, DateTimeOffset ratedAt)
    {
        if (score is < 1 or > 5)
            throw new DomainException($"A rating is from 1 to 5, not {score}.");
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > MaxComment)
            throw new DomainException($"A rating's comment is at most {MaxComment} characters.");
        Id = Guid.CreateVersion7(ratedAt);
        CaseId = caseId;
        CentreId = centreId;
        ServiceId = serviceId;
        Score = score;
        Comment = comment;
        RatedAt = ratedAt;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid CentreId { get; private set; }

    public Guid ServiceId { get; private set; }

    public int Score { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset RatedAt { get; private set; }
}
