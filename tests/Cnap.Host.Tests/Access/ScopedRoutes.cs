using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Cnap.Host.Tests.Access;

/// <summary>Which endpoints take the id of a case, task, document or person, named "METHOD pattern".</summary>
public static class ScopedRoutes
{
    private static readonly HashSet<string> IdNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "caseId", "taskId", "documentId", "fileId", "personId", "applicantId", "userId", "appointmentId",
        // A case's card run (its variables and journal hold what the case holds), a bookmark that moves it, a notice
        // (it carries a phone number or an e-mail address and the text sent).
        "instanceId", "bookmarkId", "notificationId", "noticeId", "outboxEntryId",
    };

    private static readonly HashSet<string> Collections = new(StringComparer.OrdinalIgnoreCase)
    {
        "cases", "tasks", "documents", "files", "persons", "people", "applicants", "users", "appointments",
        "instances", "bookmarks", "notifications", "notices", "outbox",
    };

    public static IEnumerable<string> In(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => TakesScopedId(e.RoutePattern))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct()
            .Order();

    public static bool TakesScopedId(RoutePattern pattern)
    {
        string? previousLiteral = null;
        foreach (var segment in pattern.PathSegments)
        {
            foreach (var part in segment.Parts)
            {
                if (part is RoutePatternParameterPart parameter
                    && (IdNames.Contains(parameter.Name) || (parameter.Name.Equals("id", StringComparison.OrdinalIgnoreCase) && previousLiteral is { } literal && Collections.Contains(literal))))
                    return true;
            }
            previousLiteral = segment.Parts is [RoutePatternLiteralPart only] ? only.Content : null;
        }
        return false;
    }
}
