using Cnap.Host.Cases.Access;
using Cnap.Host.Cases.Tasks.Deciding;
using Cnap.Host.Cases.Tasks.Reading;
using System.Security.Claims;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Access;
using Cnap.Host.Cases.Api;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cnap.Host.Cases.Tasks;

/// <summary>Provider tasks under <c>/api/tasks</c>: the provider officer's inbox and decisions.</summary>
public static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").AddEndpointFilter(CaseProblems.Filter).ProducesCaseProblems()
            .OpenToAnonymousWhileApiIsOpen().RequireScopes(ApiScopes.CasesRead, ApiScopes.TasksWrite);
        group.MapGet("/", ListAsync).WithSummary("Tasks by provider, unit, status, case and overdue, by due date");
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/decision", DecideAsync)
            .WithSummary("Approve (with the result document), refuse (with a ground from the service's list and reasons) or ask for clarification");
        return group;
    }

    private static async Task<Results<Ok<TaskPage>, ValidationProblem>> ListAsync(
        Guid? provider, Guid? unit, string? status, bool? overdue, Guid? @case, int? page, int? pageSize,
        ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct)
    {
        var reader = new RequestReader();
        ProviderTaskStatus? parsed = status is null ? null : reader.Enum<ProviderTaskStatus>("status", status);
        var (pageNumber, size) = reader.Paging(page, pageSize);
        if (!reader.IsValid)
            return CaseProblems.Invalid(reader);
        var reach = access.Providers(user);
        IReadOnlyCollection<Guid>? providers = provider is { } one
            ? reach is null || reach.Contains(one) ? [one] : []
            : reach;
        return TypedResults.Ok(await mediator.Send(new ListTasks(providers, unit, parsed, overdue, @case, pageNumber, size), ct));
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct)
    {
        if (!await access.MayDecideTaskAsync(user, id, ct))
            return CaseProblems.NotFound($"Task {id}");
        var found = await mediator.Send(new ListTasks(null, null, null, null, null, 1, 1) { TaskId = id }, ct);
        return found.Items.Count == 1 ? TypedResults.Ok(found.Items[0]) : CaseProblems.NotFound($"Task {id}");
    }

    private static async Task<Results<Ok<DecidedTask>, ValidationProblem, ProblemHttpResult>> DecideAsync(Guid id, DecisionRequest body, ClaimsPrincipal user, IMediator mediator, CaseApiAccess access, CancellationToken ct)
    {
        var reader = new RequestReader();
        var outcome = reader.Enum<TaskOutcome>("outcome", body.Outcome);
        var result = reader.Result(body.Result);
        var attachments = reader.Attachments(body.Attachments);
        if (outcome == TaskOutcome.Refused && string.IsNullOrWhiteSpace(body.Comment))
            reader.Fail("comment", "A refusal gives its reasons.");
        if (outcome == TaskOutcome.Clarification && string.IsNullOrWhiteSpace(body.Comment))
            reader.Fail("comment", "Say what the applicant must clarify.");
        if (!reader.IsValid)
            return CaseProblems.Invalid(reader);
        if (!await access.MayDecideTaskAsync(user, id, ct))
            return CaseProblems.NotFound($"Task {id}");
        return TypedResults.Ok(await mediator.Send(
            new DecideTask(id, outcome, body.Comment, body.GroundCode, result, attachments, CaseApiAccess.ActorOf(user)), ct));
    }
}
