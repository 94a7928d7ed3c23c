using System.Text.Json.Nodes;
using Cnap.Domain.Cases;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Cnap.Workflows.Management;
using Cnap.Workflows.Runtime;

namespace Cnap.Host.Workflows;

internal static class InstanceEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", StartAsync).WithSummary("Start an instance of a definition's published version: {definitionId, input, correlationId}")
            .RequireAuthorization(CnapPolicies.Methodologist);
        group.MapGet("/{id}", GetAsync).WithSummary("Status, version, variables and open bookmarks")
            .RequireAuthorization(CnapPolicies.WorkflowInstanceRead).HideWhenForbidden();
        group.MapGet("/{id}/journal", JournalAsync).WithSummary("The instance's journal, oldest first")
            .RequireAuthorization(CnapPolicies.WorkflowInstanceRead).HideWhenForbidden();
        group.MapPost("/{id}/cancel", CancelAsync)
            .RequireAuthorization(CnapPolicies.WorkflowInstanceChange).HideWhenForbidden();
        group.MapPost("/{id}/incidents/retry", RetryAsync).WithSummary("Retry a faulted instance from the activity that failed")
            .RequireAuthorization(CnapPolicies.WorkflowInstanceChange).HideWhenForbidden();
    }

    private static async Task<Results<Created<InstanceStatusResponse>, ProblemHttpResult>> StartAsync(HttpRequest request, IWorkflowRuntime runtime,
        CancellationToken cancellationToken)
    {
        var (json, problem) = await JsonBody.ReadAsync(request, required: true, cancellationToken);
        if (problem is not null)
            return problem;
        if (json is not JsonObject body || body["definitionId"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var definitionId) || string.IsNullOrWhiteSpace(definitionId))
            return Problems.BadRequest("'definitionId' (a string) is required.", "$.definitionId");
        if (body["input"] is { } input && input is not JsonObject)
            return Problems.BadRequest("'input' must be a JSON object.", "$.input");
        if (body["correlationId"] is { } correlation && (correlation is not JsonValue cv || !cv.TryGetValue<string>(out _)))
            return Problems.BadRequest("'correlationId' must be a string.", "$.correlationId");
        var started = await runtime.StartAsync(new StartWorkflow(definitionId, (JsonObject?)body["input"]?.DeepClone(), body["correlationId"]?.GetValue<string>()), cancellationToken);
        return TypedResults.Created($"/api/workflows/instances/{started.InstanceId}", new InstanceStatusResponse(started.InstanceId, started.Status.ToString()));
    }

    private static async Task<Ok<InstanceResponse>> GetAsync(string id, InstanceQueries instances, CancellationToken cancellationToken)
    {
        var details = await instances.GetAsync(id, cancellationToken);
        var instance = details.Instance;
        var variables = new JsonObject(details.Variables.Select(v => KeyValuePair.Create(v.Key, v.Value?.DeepClone())));
        return TypedResults.Ok(new InstanceResponse(
            instance.Id, instance.DefinitionId, instance.DefinitionVersionId, instance.Version, instance.Status.ToString(), instance.CorrelationId,
            instance.CreatedAt, instance.UpdatedAt, instance.FinishedAt, variables,
            details.Bookmarks.Select(b => new BookmarkResponse(b.Id, b.Name, b.ActivityId, details.Definition?.Root.Find(b.ActivityId)?.Name, b.DueAt)).ToList(),
            details.Incidents.Select(i => new IncidentResponse(i.Id, i.ActivityId, i.ActivityType, i.ActivityName, i.Message, i.Time, i.ResolvedAt)).ToList()));
    }

    private static async Task<Ok<ListResponse<JournalEntryResponse>>> JournalAsync(string id, InstanceQueries instances, CancellationToken cancellationToken)
    {
        var items = (await instances.JournalAsync(id, cancellationToken)).Select(j => new JournalEntryResponse(j.Sequence, j.Time, j.ActivityId,
            j.ActivityType, j.ActivityName, j.Event.ToString(), j.Outcomes ?? [], j.Text, j.BookmarkId)).ToList();
        return TypedResults.Ok(new ListResponse<JournalEntryResponse>(items, items.Count));
    }

    private static async Task<Results<Ok<InstanceStatusResponse>, ProblemHttpResult>> CancelAsync(string id, IWorkflowRuntime runtime, CnapDbContext cases, CancellationToken cancellationToken)
    {
        // Cancelling a case's run under it would leave the case in review with nothing to move it on.
        if (await cases.Set<Case>().AnyAsync(c => c.WorkflowInstanceId == id, cancellationToken))
            return Problems.Conflict("This instance runs a case: withdraw or cancel the case instead.");
        return Changed(await runtime.CancelAsync(id, cancellationToken));
    }

    private static async Task<Results<Ok<InstanceStatusResponse>, ProblemHttpResult>> RetryAsync(string id, IWorkflowRuntime runtime, CancellationToken cancellationToken) =>
        Changed(await runtime.RetryAsync(id, cancellationToken));

    private static Results<Ok<InstanceStatusResponse>, ProblemHttpResult> Changed(InstanceResult result) =>
        result.Applied
            ? TypedResults.Ok(new InstanceStatusResponse(result.InstanceId, result.Status.ToString()))
            : Problems.Conflict($"Nothing was done: {result.Reason}.");
}

public sealed record InstanceStatusResponse(string Id, string Status);

public sealed record InstanceResponse(string Id, string DefinitionId, string DefinitionVersionId, int Version, string Status, string? CorrelationId,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt, JsonObject Variables,
    IReadOnlyList<BookmarkResponse> Bookmarks, IReadOnlyList<IncidentResponse> Incidents);

public sealed record BookmarkResponse(string Id, string Name, string ActivityId, string? ActivityName, DateTimeOffset? DueAt);

public sealed record IncidentResponse(string Id, string ActivityId, string ActivityType, string? ActivityName, string Message, DateTimeOffset Time, DateTimeOffset? ResolvedAt);

public sealed record JournalEntryResponse(long Sequence, DateTimeOffset Time, string? ActivityId, string? ActivityType, string? ActivityName,
    string Event, IReadOnlyList<string> Outcomes, string? Text, string? BookmarkId);
