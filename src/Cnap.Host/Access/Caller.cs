using System.Security.Claims;
using Cnap.Host.Identity;

namespace Cnap.Host.Access;

/// <summary>What a request's principal may reach, read once from its claims.</summary>
public sealed record Caller(
    string? UserId,
    string? Name,
    IReadOnlySet<string> Roles,
    IReadOnlySet<Guid> Regions,
    IReadOnlySet<Guid> Centres,
    IReadOnlySet<Guid> Providers,
    IReadOnlySet<Guid> Units,
    string? TaxNumber,
    string? ConfirmedEmail,
    string? ConfirmedPhone)
{
    public bool IsAuthenticated => UserId is not null;

    public bool IsStaff => Roles.Overlaps(CnapRoles.Staff);

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>The role audit entries name: the most senior one held.</summary>
    public string? MainRole => CnapRoles.All.FirstOrDefault(Roles.Contains);

    public static Caller From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return Anonymous;
        return new Caller(
            principal.FindFirstValue(ClaimTypes.NameIdentifier),
            principal.FindFirstValue(CnapClaims.DisplayName) ?? principal.Identity.Name,
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            Ids(principal, CnapClaims.Region),
            Ids(principal, CnapClaims.Centre),
            Ids(principal, CnapClaims.Provider),
            Ids(principal, CnapClaims.ProviderUnit),
            principal.FindFirstValue(CnapClaims.TaxNumber),
            principal.FindFirstValue(CnapClaims.ConfirmedEmail),
            principal.FindFirstValue(CnapClaims.ConfirmedPhone));
    }

    public static readonly Caller Anonymous = new(null, null, new HashSet<string>(), new HashSet<Guid>(),
        new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>(), null, null, null);

    private static HashSet<Guid> Ids(ClaimsPrincipal principal, string type) =>
        principal.FindAll(type).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToHashSet();
}
