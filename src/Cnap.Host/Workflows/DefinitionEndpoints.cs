using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Management;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cnap.Host.Workflows;

internal static class DefinitionEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("The latest version of every definition");
        group.MapPost("/", SaveAsync).WithSummary("Save Elsa JSON as the definition's draft");
        group.MapPost("/import", SaveAsync).WithSummary("Import Elsa JSON as the definition's draft");
        group.MapGet("/{definitionId}", GetAsync).WithSummary("A version's Elsa JSON (latest, or ?version=N)");
        group.MapGet("/{definitionId}/export", ExportAsync).WithSummary("Download a version's Elsa JSON");
        group.MapGet("/{definitionId}/versions", VersionsAsync);
        group.MapPost("/{definitionId}/publish", PublishAsync).WithSummary("Validate and publish the latest version");
        group.MapPost("/{definitionId}/retract", RetractAsync);
        group.MapPost("/{definitionId}/revert/{version:int}", RevertAsync).WithSummary("Copy an old version into a new draft");
    }

    private static async Task<Ok<ListResponse<DefinitionSummary>>> ListAsync(WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        var items = await definitions.ListAsync(cancellationToken);
        return TypedResults.Ok(new ListResponse<DefinitionSummary>(items, items.Count));
    }

    private static async Task<Results<Created<DefinitionSummary>, ProblemHttpResult>> SaveAsync(HttpRequest request, WorkflowDefinitionService definitions,
        CancellationToken cancellationToken)
    {
        var (json, problem) = await JsonBody.ReadAsync(request, required: true, cancellationToken);
        if (problem is not null)
            return problem;
        if (json is not JsonObject document)
            return Problems.BadRequest("A workflow definition must be a JSON object.", "$");
        try
        {
            var saved = await definitions.SaveDraftAsync(document.ToJsonString(), cancellationToken);
            return TypedResults.Created($"/api/workflows/definitions/{Uri.EscapeDataString(saved.DefinitionId)}?version={saved.Version}", saved);
        }
        catch (DefinitionFormatException e)
        {
            return Problems.BadRequest(e.Message, e.JsonPath);
        }
    }

    private static async Task<Results<JsonHttpResult<JsonObject>, ProblemHttpResult>> GetAsync(string definitionId, int? version,
        WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        var found = await definitions.GetAsync(definitionId, version, cancellationToken);
        return found is null ? Missing(definitionId, version) : TypedResults.Json(found.Value.Json);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string definitionId, int? version,
        WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        var found = await definitions.GetAsync(definitionId, version, cancellationToken);
        if (found is null)
            return Missing(definitionId, version);
        var bytes = System.Text.Encoding.UTF8.GetBytes(found.Value.Json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return TypedResults.File(bytes, "application/json", $"{definitionId}-v{found.Value.Summary.Version}.json");
    }

    private static async Task<Results<Ok<ListResponse<DefinitionSummary>>, ProblemHttpResult>> VersionsAsync(string definitionId,
        WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        var items = await definitions.VersionsAsync(definitionId, cancellationToken);
        return items.Count == 0 ? Missing(definitionId, null) : TypedResults.Ok(new ListResponse<DefinitionSummary>(items, items.Count));
    }

    private static async Task<Results<Ok<DefinitionSummary>, ProblemHttpResult>> PublishAsync(string definitionId, WorkflowDefinitionService definitions,
        CancellationToken cancellationToken)
    {
        var result = await definitions.PublishAsync(definitionId, cancellationToken);
        if (result.Succeeded)
            return TypedResults.Ok(result.Published!);
        return TypedResults.Problem(
            title: "The definition cannot be published",
            detail: string.Join(" ", result.Errors.Select(e => e.Message)),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = result.Errors });
    }

    private static async Task<Results<Ok<DefinitionSummary>, ProblemHttpResult>> RetractAsync(string definitionId, WorkflowDefinitionService definitions,
        CancellationToken cancellationToken)
    {
        var retracted = await definitions.RetractAsync(definitionId, cancellationToken);
        return retracted is null ? Problems.Conflict($"Definition '{definitionId}' has no published version.") : TypedResults.Ok(retracted);
    }

    private static async Task<Ok<DefinitionSummary>> RevertAsync(string definitionId, int version, WorkflowDefinitionService definitions,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.RevertAsync(definitionId, version, cancellationToken));

    private static ProblemHttpResult Missing(string definitionId, int? version) =>
        Problems.NotFound(version is null ? $"Definition '{definitionId}' does not exist." : $"Definition '{definitionId}' has no version {version}.");
}
