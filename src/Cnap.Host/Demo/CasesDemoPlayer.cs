using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Cases.Tasks.Deciding;
using Cnap.Host.Cases;
using Cnap.Host.Cases.Clarification;
using Cnap.Host.Cases.Closing;
using Cnap.Host.Cases.Issuance;
using Cnap.Host.Cases.Registration;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Demo;

/// <summary>Turns demo steps into the case commands the Desk and the API send, each in a scope of its own.</summary>
internal sealed class CasesDemoPlayer(IServiceScopeFactory scopes)
{
    private readonly Dictionary<string, Guid> cases = new(StringComparer.Ordinal);

    public int Registered => cases.Count;

    public async Task PlayAsync(DemoCase demo, DemoStep step, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        switch (step)
        {
            case Register:
                cases[demo.Key] = (await mediator.Send(await RegistrationAsync(db, demo, cancellationToken), cancellationToken)).Id;
                break;
            case Decide decide:
                await mediator.Send(await DecisionAsync(db, demo, decide, cancellationToken), cancellationToken);
                break;
            case Clarify clarify:
                await mediator.Send(new ProvideClarification(CaseOf(demo), clarify.Answer,
                    [new SubmittedDocument("Документи на уточнення", DocumentForm.Copy, 2)], Administrator(demo)), cancellationToken);
                break;
            case Issue:
                var applicant = CasesDemoApplicants.Get(demo.Applicant);
                var receiver = applicant.Representative?.Name.ToString() ?? applicant.DisplayName;
                await mediator.Send(new HandOverResult(CaseOf(demo), ResultDelivery.InPerson, receiver, Administrator(demo)), cancellationToken);
                break;
            case Withdraw withdraw:
                await mediator.Send(new CloseCase(CaseOf(demo), CaseClosure.Withdrawal, withdraw.Reason, Administrator(demo)), cancellationToken);
                break;
            case Annul annul:
                await mediator.Send(new CloseCase(CaseOf(demo), CaseClosure.Cancellation, annul.Reason, Administrator(demo)), cancellationToken);
                break;
        }
    }

    private static async Task<RegisterCase> RegistrationAsync(CnapDbContext db, DemoCase demo, CancellationToken cancellationToken)
    {
        var service = await db.Set<AdministrativeService>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == demo.Service, cancellationToken)
            ?? throw new DomainException($"the catalogue has no service «{demo.Service}»");
        var centre = await db.Set<ServiceCentre>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == demo.Centre, cancellationToken)
            ?? throw new DomainException($"there is no centre {demo.Centre}");
        var applicant = CasesDemoApplicants.Get(demo.Applicant);
        IReadOnlyList<SubmittedDocument> documents =
        [
            new("Заява", DocumentForm.Original, 1),
            new(applicant.Kind == ApplicantKind.Person ? "Паспорт громадянина України" : "Довіреність представника", DocumentForm.OriginalForInspection, 1),
            .. service.Card.Documents.Skip(2).Take(2).Select(d => new SubmittedDocument(d.Name, d.Form, 2)),
        ];
        return new RegisterCase(centre.Id, service.Id, demo.Variant, null, applicant, ApplicationChannel.Counter, documents, ResultDelivery.InPerson,
            new NotificationConsent(Sms: true, Email: demo.Applicant % 3 == 0), Administrator(demo));
    }

    private async Task<DecideTask> DecisionAsync(CnapDbContext db, DemoCase demo, Decide decide, CancellationToken cancellationToken)
    {
        var caseId = CaseOf(demo);
        var open = await db.Set<ProviderTask>().AsNoTracking()
            .Where(t => t.CaseId == caseId && (t.Status == ProviderTaskStatus.Assigned || t.Status == ProviderTaskStatus.InProgress))
            .ToListAsync(cancellationToken);
        var task = open.FirstOrDefault(t => decide.Stage is null || t.Stage.Contains(decide.Stage, StringComparison.Ordinal))
            ?? throw new DomainException($"no open task{(decide.Stage is null ? "" : $" at stage «{decide.Stage}»")}");
        var officer = await db.Set<ProviderOfficer>().AsNoTracking()
            .Where(o => o.ProviderId == task.ProviderId && (task.UnitId == null || o.UnitId == task.UnitId))
            .FirstOrDefaultAsync(cancellationToken);
        var ground = decide.Outcome == TaskOutcome.Refused ? decide.Ground ?? await GroundAsync(db, task.ServiceId, cancellationToken) : null;
        return new DecideTask(task.Id, decide.Outcome, decide.Comment, ground,
            decide.Result is null ? null : new ResultDocument(decide.Result, $"{demo.Key}-{task.AssignedAt:yyMMdd}", DateOnly.FromDateTime(UkraineTime.ToLocal(task.AssignedAt))),
            [], officer?.AsActor() ?? new Actor("demo:officer", "Уповноважена особа суб'єкта надання"));
    }

    /// <summary>A refusal on the service's own ground other than incompleteness, which the cards use for expired clarifications.</summary>
    private static async Task<string> GroundAsync(CnapDbContext db, Guid serviceId, CancellationToken cancellationToken)
    {
        var service = await db.Set<AdministrativeService>().AsNoTracking().FirstAsync(s => s.Id == serviceId, cancellationToken);
        return (service.RefusalGrounds.FirstOrDefault(g => g.Code != "INCOMPLETE") ?? service.RefusalGrounds.FirstOrDefault())?.Code
            ?? throw new DomainException($"service {service.Code} lists no refusal grounds");
    }

    private Guid CaseOf(DemoCase demo) =>
        cases.TryGetValue(demo.Key, out var id) ? id : throw new DomainException($"demo case {demo.Key} was not registered");

    private static Actor Administrator(DemoCase demo) => new($"demo:administrator:{demo.Centre}", $"Адміністратор ЦНАП {demo.Centre}");
}
