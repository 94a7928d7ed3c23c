using Cnap.Host.Cases.Access;
using System.Security.Claims;
using Cnap.Domain.Cases;
using Cnap.Domain.Journals;
using Cnap.Host.Cases.Clarification;
using Cnap.Host.Cases.Closing;
using Cnap.Host.Cases.Issuance;
using Cnap.Host.Cases.Reading;
using Cnap.Host.Cases.Registration;
using Cnap.Host.Access;
using Cnap.Host.RateLimiting;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cnap.Host.Cases.Api;

/// <summary>Cases under <c>/api/cases</c>: the same commands and reads the Desk uses.</summary>
public static class CasesApi
{
    public static RouteGroupBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        // Who reaches which case is decided per case (CaseApiAccess); a key also needs cases:read or cases:write.
        var group = app.MapGroup("/api/cases").WithTags("Cases").AddEndpointFilter(CaseProblems.Filter).ProducesCaseProblems()
            .OpenToAnonymousWhileApiIsOpen().RequireScopes(ApiScopes.CasesRead, ApiScopes.CasesWrite);
        // Registering texts and mails a number someone typed in; the other commands move a case along its states and
        // write only to the applicant already on file, so they cannot be repeated into a flood.
        group.MapPost("/", RegisterAsync).WithSummary("Register a case and start its service's published technological card")
            .RequireRateLimiting(RateLimits.Submission);
        group.MapGet("/", ListAsync).WithSummary("Cases by centre, status, service and overdue; applicants masked");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("A case with its documents, tasks, decision and merged timeline (case, tasks, card journal)");
        group.MapPost("/{id:guid}/clarification", ClarifyAsync).WithSummary("The applicant's clarification: the clock runs again");
        group.MapPost("/{id:guid}/issuance", IssueAsync).WithSummary("Hand the result over against signature (or dispatch it)");
        group.MapPost("/{id:guid}/withdrawal", (Guid id, ClosureRequest body, ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct) =>
            CloseAsync(id, CaseClosure.Withdrawal, body, user, mediator, access, ct)).WithSummary("The applicant withdraws the application");
        group.MapPost("/{id:guid}/cancellation", (Guid id, ClosureRequest body, ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct) =>
            CloseAsync(id, CaseClosure.Cancellation, body, user, mediator, access, ct)).WithSummary("Annul a case registered in error, before it reaches the provider");
        group.MapGet("/journals/{journal}", JournalAsync).WithSummary("Registration, results-received or results-issued journal of a centre over whole days");
        return group;
    }

    private static async Task<Results<Created<RegisteredCase>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterCaseRequest body, ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct)
    {
        var reader = new RequestReader();
        var centreId = body.CentreId ?? Guid.Empty;
        if (body.CentreId is null)
            reader.Fail("centreId", "Required.");
        if (body.ServiceId is null && body.ServiceCode is null)
            reader.Fail("serviceId", "Required.");
        var applicant = reader.Applicant(body.Applicant);
        var channel = reader.Enum("channel", body.Channel, ApplicationChannel.Counter);
        var documents = reader.Documents("documents", body.Documents);
        var delivery = reader.Enum("resultDelivery", body.ResultDelivery, ResultDelivery.InPerson);
        if (!reader.IsValid)
            return CaseProblems.Invalid(reader);
        if (!access.MayRegisterAt(user, centreId))
            return CaseProblems.Forbidden("Only the centre's administrators register its cases.");
        var registered = await mediator.Send(new RegisterCase(
            centreId, new ServiceChoice(body.ServiceId, body.ServiceCode), body.Variant, body.ProviderId, applicant!, channel, documents, delivery,
            new NotificationConsent(body.Notifications?.Sms ?? false, body.Notifications?.Email ?? false), CaseApiAccess.ActorOf(user)), ct);
        return TypedResults.Created($"/api/cases/{registered.Id}", registered);
    }

    private static async Task<Results<Ok<CasePage>, ValidationProblem>> ListAsync(
        Guid? centre, string? status, Guid? service, bool? overdue, int? page, int? pageSize,
        ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct)
    {
        var reader = new RequestReader();
        CaseStatus? parsed = status is null ? null : reader.Enum<CaseStatus>("status", status);
        var (pageNumber, size) = reader.Paging(page, pageSize);
        if (!reader.IsValid)
            return CaseProblems.Invalid(reader);
        var reach = await access.CentresAsync(user, ct);
        IReadOnlyCollection<Guid>? centres = centre is { } one
            ? reach is null || reach.Contains(one) ? [one] : []
            : reach;
        return TypedResults.Ok(await mediator.Send(new ListCases(centres, parsed, service, overdue, pageNumber, size), ct));
    }

    private static async Task<Results<Ok<CaseDetailsView>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct) =>
        await access.ReadCaseAsync(user, id, ct) is { } reach && await mediator.Send(new GetCase(id), ct) is { } found
            ? TypedResults.Ok(reach.Shape(found))
            : CaseProblems.NotFound($"Case {id}");

    private static async Task<Results<Ok<CaseChanged>, ValidationProblem, ProblemHttpResult>> ClarifyAsync(
        Guid id, ClarificationRequest body, ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct)
    {
        var reader = new RequestReader();
        var documents = reader.Documents("documents", body.Documents);
        if (!reader.IsValid)
            return CaseProblems.Invalid(reader);
        if (!await access.MayActOnCaseAsync(user, id, "case:clarification", ct))
            return CaseProblems.NotFound($"Case {id}");
        return TypedResults.Ok(await mediator.Send(new ProvideClarification(id, body.Answer, documents, CaseApiAccess.ActorOf(user)), ct));
    }

    private static async Task<Results<Ok<CaseChanged>, ValidationProblem, ProblemHttpResult>> IssueAsync(Guid id, IssuanceRequest body, ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct)
    {
        var reader = new RequestReader();
        var method = reader.Enum("method", body.Method, ResultDelivery.InPerson);
        var receivedBy = reader.Required("receivedBy", body.ReceivedBy);
        if (!reader.IsValid)
            return CaseProblems.Invalid(reader);
        if (!await access.MayActOnCaseAsync(user, id, "case:issuance", ct))
            return CaseProblems.NotFound($"Case {id}");
        return TypedResults.Ok(await mediator.Send(new HandOverResult(id, method, receivedBy, CaseApiAccess.ActorOf(user)), ct));
    }

    private static async Task<Results<Ok<CaseChanged>, ValidationProblem, ProblemHttpResult>> CloseAsync(
        Guid id, CaseClosure closure, ClosureRequest body, ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct)
    {
        var reader = new RequestReader();
        var reason = reader.Required("reason", body.Reason);
        if (!reader.IsValid)
            return CaseProblems.Invalid(reader);
        if (!await access.MayActOnCaseAsync(user, id, $"case:{closure.ToString().ToLowerInvariant()}", ct))
            return CaseProblems.NotFound($"Case {id}");
        return TypedResults.Ok(await mediator.Send(new CloseCase(id, closure, reason, CaseApiAccess.ActorOf(user)), ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<JournalLine>>, ValidationProblem, ProblemHttpResult>> JournalAsync(
        string journal, Guid? centre, DateOnly? from, DateOnly? to, ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct)
    {
        var reader = new RequestReader();
        var kind = reader.Enum<JournalKind>("journal", journal.Replace("-", "", StringComparison.Ordinal));
        if (centre is null)
            reader.Fail("centre", "Required.");
        if (from is null || to is null)
            reader.Fail(from is null ? "from" : "to", "Required (yyyy-MM-dd).");
        var period = from is { } first && to is { } last ? reader.Try("to", () => new JournalPeriod(first, last)) : null;
        if (!reader.IsValid)
            return CaseProblems.Invalid(reader);
        var reach = await access.CentresAsync(user, ct);
        if (reach is not null && !reach.Contains(centre!.Value))
            return CaseProblems.NotFound($"Centre {centre}");
        return TypedResults.Ok(await mediator.Send(new GetJournal(kind, centre!.Value, period!), ct));
    }
}
