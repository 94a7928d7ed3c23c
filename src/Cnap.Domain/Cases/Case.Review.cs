using Cnap.Domain.Catalogue;

namespace Cnap.Domain.Cases;

public sealed partial class Case
{
    /// <summary>The case (or one stage of its card) goes to a provider; several stages may send in turn.</summary>
    public void SendToProvider(string stage, TimeProvider clock, Actor by)
    {
        Guard(CaseAction.SendToProvider);
        var now = clock.Now();
        SentToProviderAt ??= now;
        MoveTo(CaseStatus.InReview, now);
        Record(now, CaseEvent.SentToProvider, by, stage);
    }

    /// <summary>Leaves the application without motion: the clock stops until the applicant answers.</summary>
    public void RequestClarification(AdministrativeService service, string request, TimeProvider clock, Actor by)
    {
        Guard(CaseAction.RequestClarification);
        CheckService(service);
        if (!service.SuspensionAllowed)
            throw new DomainException($"Service {service.Code} does not allow leaving an application without motion.");
        var now = clock.Now();
        suspensions.Add(new Suspension(Guid.CreateVersion7(now), request, now, by));
        MoveTo(CaseStatus.AwaitingClarification, now);
        Record(now, CaseEvent.ClarificationRequested, by, request);
    }

    /// <summary>
    /// The applicant answered; the clock runs again. The new deadline (old one extended by the time the clock stood
    /// still, in the calendar's terms) is computed by the caller.
    /// </summary>
    public void ProvideClarification(string? answer, IEnumerable<SubmittedDocument> newDocuments, DateTimeOffset newDeadline, TimeProvider clock, Actor by)
    {
        Guard(CaseAction.ProvideClarification);
        var now = clock.Now();
        var deadline = TimeProviderExtensions.ToStored(newDeadline);
        if (deadline < LegalDeadline)
            throw new DomainException($"A suspension cannot shorten the deadline of case {JournalNumber} ({LegalDeadline:u} → {deadline:u}).");
        foreach (var document in newDocuments)
            AddDocument(document, DocumentOrigin.Clarification, now);
        EndOpenSuspension(now, answer);
        LegalDeadline = deadline;
        MoveTo(CaseStatus.InReview, now);
        Record(now, CaseEvent.ClarificationProvided, by, answer);
    }

    public void RecordGrant(ResultDocument result, TimeProvider clock, Actor by)
    {
        Guard(CaseAction.RecordGrant);
        var now = clock.Now();
        Decision = Decision.Grant(result, now, by);
        MoveTo(CaseStatus.ReadyForIssue, now);
        Record(now, CaseEvent.Granted, by, result.Title);
    }

    /// <summary>
    /// A refusal must cite a ground from the service's closed list; when no appeal text is given, the information card's
    /// appeal procedure is used, so a refusal never goes out without one.
    /// </summary>
    public void RecordRefusal(
        AdministrativeService service, string? groundCode, string reasons, string? appealInformation, ResultDocument? letter,
        TimeProvider clock, Actor by)
    {
        Guard(CaseAction.RecordRefusal);
        CheckService(service);
        var ground = service.RefusalGround(groundCode);
        var now = clock.Now();
        Decision = Decision.Refuse(ground, reasons, appealInformation ?? service.Card.AppealProcedure, letter, now, by);
        EndOpenSuspension(now, null);
        MoveTo(CaseStatus.ReadyForIssue, now);
        Record(now, CaseEvent.Refused, by, ground.Code);
    }

    /// <summary>
    /// Law 2806-IV: a permit not issued or sent by the deadline is deemed granted from the silent-consent date
    /// (deadline + 10 working days, computed by the calendar).
    /// </summary>
    public void ApplySilentConsent(AdministrativeService service, DateTimeOffset silentConsentFrom, TimeProvider clock)
    {
        Guard(CaseAction.ApplySilentConsent);
        CheckService(service);
        if (!service.SilentConsentApplies)
            throw new DomainException($"Silent consent does not apply to service {service.Code}.");
        var now = clock.Now();
        if (silentConsentFrom <= LegalDeadline)
            throw new DomainException($"The silent-consent date {silentConsentFrom:u} must come after the deadline {LegalDeadline:u}.");
        if (now < silentConsentFrom)
            throw new DomainException($"Silent consent for case {JournalNumber} starts {silentConsentFrom:u}, not yet.");
        Decision = Decision.SilentConsent(now);
        MoveTo(CaseStatus.DeemedGranted, now);
        Record(now, CaseEvent.DeemedGrantedBySilentConsent, Actor.Workflow);
    }

    private void CheckService(AdministrativeService service)
    {
        if (service.Id != ServiceId)
            throw new DomainException($"Case {JournalNumber} is for another service than {service.Code}.");
    }
}
