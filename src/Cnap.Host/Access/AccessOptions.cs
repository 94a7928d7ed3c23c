namespace Cnap.Host.Access;

public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// The one switch: every /api route needs a signed-in user or an API key, except those marked
    /// <c>AllowAnonymous</c> (public catalogue, tracking by code). Unset means: on everywhere but Development.
    /// </summary>
    public bool? RequireAuthenticatedApi { get; set; }
}
