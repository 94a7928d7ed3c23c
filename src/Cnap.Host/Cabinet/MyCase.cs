using Cnap.Host.Cases.Access;
using Cnap.Domain.Cases;
using Cnap.Host.Access;
using Cnap.Host.Cases;
using Cnap.Host.Audit;
using Cnap.Host.Cabinet.Rating;
using Cnap.Host.Cases.Tracking;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cabinet;

/// <summary>
/// One of the citizen's own cases, with what only its applicant may read: the clarification asked, the documents, the
/// decision and who at the centre or provider opened it. Null for any case the citizen did not apply for, so a guessed
/// id reveals nothing (not even that the case exists).
/// </summary>
public sealed record MyCase(Guid CaseId, Caller Citizen) : IQuery<MyCaseView?>;

public sealed record MyCaseView(
    Guid Id,
    CaseTracking Tracking,
    string? OpenClarification,
    IReadOnlyList<ClarificationExchange> Clarifications,
    IReadOnlyList<MyDocument> Documents,
    MyDecision? Decision,
    IReadOnlyList<AccessLogLine> AccessedBy,
    bool Rated);

public sealed record ClarificationExchange(string Request, DateTimeOffset AskedAt, DateTimeOffset? AnsweredAt, string? Answer);

public sealed record MyDocument(Guid Id, string Title, DocumentOrigin Origin, DateTimeOffset AddedAt, bool HasFile);

public sealed record MyDecision(DecisionOutcome Outcome, DateTimeOffset DecidedAt, string? Result, string? ResultNumber, string? Ground, string? Reasons, string? Appeal);

public sealed class MyCaseHandler(CnapDbContext db, ICaseFacts facts, IMediator mediator, AccessLog accessLog) : IQueryHandler<MyCase, MyCaseView?>
{
    public async ValueTask<MyCaseView?> Handle(MyCase query, CancellationToken cancellationToken)
    {
        if (!await IsApplicantAsync(facts, query.CaseId, query.Citizen, cancellationToken))
            return null;
        var @case = await db.Set<Case>().AsNoTracking().FirstAsync(c => c.Id == query.CaseId, cancellationToken);
        var tracking = await mediator.Send(new TrackCase(@case.TrackingCode), cancellationToken)
            ?? throw new InvalidOperationException($"Case {@case.Id} has no tracking view.");
        return new MyCaseView(
            @case.Id, tracking,
            @case.Suspensions.FirstOrDefault(s => s.IsOpen)?.Request,
            @case.Suspensions.OrderBy(s => s.StartedAt).Select(s => new ClarificationExchange(s.Request, s.StartedAt, s.EndedAt, s.Resolution)).ToList(),
            @case.Documents.OrderBy(d => d.AddedAt).Select(d => new MyDocument(d.Id, d.Title, d.Origin, d.AddedAt, d.ScanFileId is not null)).ToList(),
            @case.Decision is { } d
                ? new MyDecision(d.Outcome, d.DecidedAt, d.ResultDocument?.Title, d.ResultDocument?.Number, d.RefusalGround?.Text, d.Reasons, d.AppealInformation)
                : null,
            await accessLog.ForCaseAsync(@case.Id, detailed: false, cancellationToken),
            await db.Set<CaseRating>().AnyAsync(r => r.CaseId == @case.Id, cancellationToken));
    }

    /// <summary>The one rule of who applied (CaseVisibility), here without any staff reach: the cabinet is the applicant's.</summary>
    public static async Task<bool> IsApplicantAsync(ICaseFacts facts, Guid caseId, Caller citizen, CancellationToken cancellationToken) =>
        await facts.ForCaseAsync(caseId, cancellationToken) is { } found
        && CaseVisibility.Decide(citizen, found) is { Reach: CaseReach.Applicant };
}
