using Cnap.Activities.Cases;
using Cnap.Domain;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Clarification;

/// <summary>
/// The applicant answered a request for clarification: the clock runs again, and the legal deadline moves on by the
/// days it stood still (working or calendar days, as the term counts). The card then goes on.
/// </summary>
public sealed record ProvideClarification(Guid CaseId, string? Answer, IReadOnlyList<SubmittedDocument> Documents, Actor By)
    : ICommand<CaseChanged>, ICaseCommand;

public sealed class ProvideClarificationHandler(CnapDbContext db, CardRun cards, IWorkingCalendarSource calendars, TimeProvider clock)
    : ICommandHandler<ProvideClarification, CaseChanged>
{
    public async ValueTask<CaseChanged> Handle(ProvideClarification command, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
            ?? throw new CaseNotFoundException($"Case {command.CaseId} does not exist.");
        if (@case.Status != CaseStatus.AwaitingClarification)
            throw new IllegalCaseTransitionException(@case.JournalNumber.ToString(), @case.Status, CaseAction.ProvideClarification);
        var now = clock.Now();
        var deadlines = await calendars.ForProviderAsync(@case.ProviderId, cancellationToken);
        @case.ProvideClarification(command.Answer, command.Documents, ExtendedDeadline(@case, deadlines, now), clock, command.By);
        await db.SaveChangesAsync(cancellationToken);
        await cards.SignalAsync(CaseStimuli.Clarified(@case.Id), cancellationToken);
        return CaseChanged.Of(@case);
    }

    /// <summary>Terms in days are counted again with the suspension closed now; hour terms move by the time stood still.</summary>
    private static DateTimeOffset ExtendedDeadline(Case @case, DeadlineCalculator deadlines, DateTimeOffset now)
    {
        var closed = @case.SuspensionIntervals.Select(s => s.IsOpen ? s with { Until = now } : s).ToList();
        var extended = @case.Term.IsCountedInDays
            ? deadlines.Clock(@case.RegisteredAt, @case.Term, closed).Deadline?.EndsAt
                ?? throw new DomainException($"Case {@case.JournalNumber}: the clock is still stopped.")
            : @case.LegalDeadline + (now - @case.Suspensions.Last(s => s.IsOpen).StartedAt);
        return extended > @case.LegalDeadline ? extended : @case.LegalDeadline;
    }
}
