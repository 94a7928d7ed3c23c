namespace Cnap.Host.Access;

public static class ScopeByMethodExtensions
{
    /// <summary>
    /// For a whole group: an integrator's key needs <paramref name="read"/> for GET and HEAD routes and
    /// <paramref name="write"/> for the others. Applied last, when each route's method is known.
    /// </summary>
    public static TBuilder RequireScopes<TBuilder>(this TBuilder builder, string read, string write) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? [];
            var reads = methods.Count > 0 && methods.All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m));
            endpoint.Metadata.Add(ScopeRequirement.PolicyFor(reads ? read : write));
        });
        return builder;
    }
}
