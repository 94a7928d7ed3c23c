using Cnap.Host.Cases.Access;
using System.Security.Claims;
using Cnap.Host.Access;
using Cnap.Host.Cases.Api;
using Mediator;

namespace Cnap.Host.Cabinet.Rating;

/// <summary>The applicants' marks per service for heads: their centres (a regional head: the region's), everything for the system administrator.</summary>
public static class RatingApi
{
    public static void MapCnapRatings(this WebApplication app) =>
        app.MapGet("/api/ratings", SummaryAsync).WithTags("Ratings").RequireAuthorization(CnapPolicies.Heads)
            .WithSummary("Applicants' ratings (1–5) per service over a period, at the caller's centres");

    private static async Task<IResult> SummaryAsync(
        DateTimeOffset from, DateTimeOffset to, Guid? centre, ClaimsPrincipal user, CaseApiAccess access, IMediator mediator, CancellationToken ct)
    {
        var reach = await access.CentresAsync(user, ct);
        IReadOnlyCollection<Guid>? centres = centre is { } one ? (reach is null || reach.Contains(one) ? [one] : []) : reach;
        return TypedResults.Ok(await mediator.Send(new RatingSummary(centres, from.ToUniversalTime(), to.ToUniversalTime()), ct));
    }
}
