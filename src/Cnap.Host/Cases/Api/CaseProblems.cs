using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Host.Cases.Tasks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Api;

/// <summary>
/// Every refusal of a case or task command as problem details: 404 for what does not exist, 409 for an action the
/// current status does not allow (the problem names both) or a concurrent change, 422 for a broken rule.
/// </summary>
public static class CaseProblems
{
    public static IResult? From(Exception exception) => exception switch
    {
        UnknownFieldValueException e => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] }),
        CaseNotFoundException e => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        IllegalCaseTransitionException e => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict,
            title: $"{e.Action} is not allowed while the case is {e.Status}",
            extensions: new Dictionary<string, object?>
            {
                ["caseStatus"] = e.Status.ToString(),
                ["action"] = e.Action.ToString(),
                ["allowedIn"] = CaseTransitions.StatusesAllowing(e.Action).Select(s => s.ToString()).ToArray(),
            }),
        TaskStateException e => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "The task does not allow this",
            extensions: new Dictionary<string, object?> { ["taskStatus"] = e.Status.ToString() }),
        DbUpdateConcurrencyException => TypedResults.Problem(
            "Someone else changed this case or task at the same moment; reload it and try again.",
            statusCode: StatusCodes.Status409Conflict, title: "Changed concurrently"),
        DomainException e => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The rules do not allow this"),
        _ => null,
    };

    public static ValidationProblem Invalid(RequestReader reader) => TypedResults.ValidationProblem(reader.Errors);

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"{what} does not exist.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    /// <summary>The refusals <see cref="Filter"/> answers, for the OpenAPI document of every route of a group.</summary>
    public static RouteGroupBuilder ProducesCaseProblems(this RouteGroupBuilder group) => group
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>Runs an endpoint and answers its domain refusals as problems.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (From(e) is { } problem)
        {
            return problem;
        }
    }
}
