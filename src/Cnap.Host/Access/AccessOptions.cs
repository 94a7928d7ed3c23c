using System.Security.Claims;

namespace Cnap.Host.Access;

public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// The one switch: every /api route needs a signed-in user or an API key, except those marked
    /// <c>AllowAnonymous</c> (public catalogue, tracking by code). Unset means: on everywhere but Development.
    /// </summary>
    public bool? RequireAuthenticatedApi { get; set; }

    /// <summary>
    /// An anonymous caller passes while the switch is off; a signed-in one always meets the route's rules, so what a
    /// person may do never depends on the environment.
    /// </summary>
    public bool LetsAnonymousThrough(ClaimsPrincipal user) =>
        RequireAuthenticatedApi != true && user.Identity?.IsAuthenticated != true;
}
