using Cnap.Host.Cases.Access;
using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Host.Access;
using Cnap.Host.Cases;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cabinet.Rating;

/// <summary>The applicant rates the service of a case whose result was handed over; a second rating is refused.</summary>
public sealed record RateCase(Guid CaseId, Caller Citizen, int Score, string? Comment) : ICommand<RatingOutcome>;

public enum RatingOutcome { Saved, AlreadyRated, NotYet, NotFound }

public sealed class RateCaseHandler(CnapDbContext db, ICaseFacts facts, TimeProvider clock) : ICommandHandler<RateCase, RatingOutcome>
{
    public async ValueTask<RatingOutcome> Handle(RateCase command, CancellationToken cancellationToken)
    {
        if (await facts.ForCaseAsync(command.CaseId, cancellationToken) is not { } found
            || CaseVisibility.Decide(command.Citizen, found) is not { Reach: CaseReach.Applicant })
            return RatingOutcome.NotFound;
        var @case = await db.Set<Case>().AsNoTracking().FirstAsync(c => c.Id == command.CaseId, cancellationToken);
        if (!MayRate(@case.Status))
            return RatingOutcome.NotYet;
        if (await db.Set<CaseRating>().AnyAsync(r => r.CaseId == command.CaseId, cancellationToken))
            return RatingOutcome.AlreadyRated;
        db.Add(new CaseRating(@case.Id, @case.CentreId, @case.ServiceId, command.Score, command.Comment, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two submissions raced past the check: the unique index kept one; the other is told so.
            if (await AnyAsync(command.CaseId, cancellationToken))
                return RatingOutcome.AlreadyRated;
            throw;
        }
        return RatingOutcome.Saved;
    }

    /// <summary>After the result reached the applicant, or the permit was deemed granted.</summary>
    public static bool MayRate(CaseStatus status) => status is CaseStatus.Issued or CaseStatus.DeemedGranted;

    private async Task<bool> AnyAsync(Guid caseId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<CaseRating>().AnyAsync(r => r.CaseId == caseId, cancellationToken);
    }
}
