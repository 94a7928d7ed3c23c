namespace Cnap.Host.Identity;

/// <summary>Where a staff member works: a region, a centre, a provider or one unit of a provider.</summary>
public sealed class Membership
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public MembershipKind Kind { get; set; }

    public Guid OrganisationId { get; set; }
}
