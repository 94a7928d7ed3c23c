using Microsoft.AspNetCore.Identity;

namespace Cnap.Host.Identity;

/// <summary>A person who signs in: a staff member, a citizen, or an integrator's service account.</summary>
public sealed class CnapUser : IdentityUser
{
    public AccountKind Kind { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>РНОКПП confirmed by e-identification; never typed in by the citizen, so it can prove who the applicant is.</summary>
    public string? VerifiedTaxNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A disabled account cannot sign in and its open sessions end at the next security-stamp check.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public List<Membership> Memberships { get; set; } = [];

    public bool IsStaff => Kind == AccountKind.Staff;
}
