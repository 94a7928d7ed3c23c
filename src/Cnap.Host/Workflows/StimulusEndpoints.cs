using System.Text.Json.Nodes;
using Cnap.Host.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Cnap.Workflows.Activities.Flow;
using Cnap.Workflows.Runtime;

namespace Cnap.Host.Workflows;

internal static class StimulusEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/events/{eventName}", EventAsync).WithSummary("Resume Elsa.Event bookmarks of that name and start the definitions it triggers: {input}")
            .RequireAuthorization(CnapPolicies.Methodologist);
        group.MapPost("/stimuli", SendAsync).WithSummary("Send a stimulus: {name, payload, input}")
            .RequireAuthorization(CnapPolicies.Methodologist);
        group.MapPost("/bookmarks/{bookmarkId}/resume", ResumeAsync).WithSummary("Resume one bookmark by id (idempotent): {input}")
            .RequireAuthorization(CnapPolicies.Methodologist).HideWhenForbidden();
    }

    private static async Task<Results<Ok<SendResponse>, ProblemHttpResult>> EventAsync(string eventName, HttpRequest request, IWorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var (json, problem) = await JsonBody.ReadAsync(request, required: false, cancellationToken);
        if (problem is not null)
            return problem;
        var result = await runtime.SendAsync(new Stimulus(Event.StimulusName, Event.Payload(eventName), (json as JsonObject)?["input"]?.DeepClone()), cancellationToken);
        return TypedResults.Ok(SendResponse.Of(result));
    }

    private static async Task<Results<Ok<SendResponse>, ProblemHttpResult>> SendAsync(HttpRequest request, IWorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var (json, problem) = await JsonBody.ReadAsync(request, required: true, cancellationToken);
        if (problem is not null)
            return problem;
        if (json is not JsonObject body || body["name"] is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var name) || string.IsNullOrWhiteSpace(name))
            return Problems.BadRequest("'name' (a string) is required.", "$.name");
        if (body["payload"] is { } payload && payload is not JsonObject)
            return Problems.BadRequest("'payload' must be a JSON object.", "$.payload");
        var result = await runtime.SendAsync(new Stimulus(name, (JsonObject?)body["payload"]?.DeepClone(), body["input"]?.DeepClone()), cancellationToken);
        return TypedResults.Ok(SendResponse.Of(result));
    }

    private static async Task<Results<Ok<ResumeResponse>, ProblemHttpResult>> ResumeAsync(string bookmarkId, HttpRequest request, IWorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var (json, problem) = await JsonBody.ReadAsync(request, required: false, cancellationToken);
        if (problem is not null)
            return problem;
        var result = await runtime.ResumeAsync(bookmarkId, (json as JsonObject)?["input"]?.DeepClone(), cancellationToken);
        return TypedResults.Ok(ResumeResponse.Of(result));
    }
}

/// <summary>A resume; <c>outcome</c> is Resumed, or AlreadyConsumed / NotFound for a no-op; the bookmarks the burst opened.</summary>
public sealed record ResumeResponse(string BookmarkId, string Outcome, string? InstanceId, string? Status, string? Reason, IReadOnlyList<string> OpenedBookmarkIds)
{
    public static ResumeResponse Of(ResumeResult r) => new(r.BookmarkId, r.Outcome.ToString(), r.InstanceId, r.Status?.ToString(), r.Reason, r.OpenedBookmarkIds ?? []);
}

public sealed record SendResponse(IReadOnlyList<ResumeResponse> Resumed, IReadOnlyList<InstanceStatusResponse> Started, string? QueuedStimulusId)
{
    public static SendResponse Of(SendResult r) => new(
        r.Resumed.Select(ResumeResponse.Of).ToList(),
        r.Started.Select(s => new InstanceStatusResponse(s.InstanceId, s.Status.ToString())).ToList(),
        r.QueuedStimulusId);
}
