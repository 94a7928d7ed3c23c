using System.Text.Json;
using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cnap.Host.Workflows;

/// <summary>Reads a request body as JSON; malformed JSON becomes a 400 problem naming the JSON path.</summary>
internal static class JsonBody
{
    public static async Task<(JsonNode? Json, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, bool required, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
            return required ? (null, Problems.BadRequest("The request body must be JSON.", "$")) : (null, null);
        try
        {
            return (JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true }), null);
        }
        catch (JsonException e)
        {
            var path = JsonErrorLocator.PathOfError(text);
            return (null, Problems.BadRequest($"Malformed JSON at {path} (line {e.LineNumber + 1}).", path));
        }
    }
}

internal static class Problems
{
    public static ProblemHttpResult BadRequest(string detail, string? jsonPath = null) => TypedResults.Problem(
        title: "The request is invalid", detail: detail, statusCode: StatusCodes.Status400BadRequest,
        extensions: jsonPath is null ? null : new Dictionary<string, object?> { ["jsonPath"] = jsonPath });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "Not possible in the current state", detail: detail, statusCode: StatusCodes.Status409Conflict);

    /// <summary>The engine's "no such definition, version or instance" as a 404 problem, once for every route of the API.</summary>
    public static async ValueTask<object?> EngineNotFound(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (WorkflowNotFoundException e)
        {
            return NotFound(e.Message);
        }
    }
}
