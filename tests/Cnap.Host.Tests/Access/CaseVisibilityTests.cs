using Cnap.Host.Cases.Access;
using System.Security.Claims;
using Cnap.Host.Access;
using Cnap.Host.Identity;

namespace Cnap.Host.Tests.Access;

public sealed class CaseVisibilityTests
{
    private static readonly Guid Region = Guid.NewGuid(), OtherRegion = Guid.NewGuid();
    private static readonly Guid Centre = Guid.NewGuid(), OtherCentre = Guid.NewGuid();
    private static readonly Guid Provider = Guid.NewGuid(), OtherProvider = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid(), OtherUnit = Guid.NewGuid();
    private static readonly Guid UnitTask = Guid.NewGuid(), WideTask = Guid.NewGuid();

    private static readonly CaseFacts Facts = new(Guid.NewGuid(), Centre, Region, "3012345678", "taras@example.com", "+380671234567",
        [new TaskFacts(UnitTask, Provider, Unit), new TaskFacts(WideTask, Provider, null)]);

    [Fact]
    public void Staff_of_the_cases_centre_see_the_whole_case() =>
        Assert.Equal(CaseReach.Centre, Decide(Staff(CnapRoles.Administrator, (CnapClaims.Centre, Centre)))?.Reach);

    [Fact]
    public void Staff_of_another_centre_see_nothing() =>
        Assert.Null(Decide(Staff(CnapRoles.CentreHead, (CnapClaims.Centre, OtherCentre))));

    [Fact]
    public void Regional_head_sees_cases_of_their_region_only()
    {
        Assert.Equal(CaseReach.Region, Decide(Staff(CnapRoles.RegionalHead, (CnapClaims.Region, Region)))?.Reach);
        Assert.Null(Decide(Staff(CnapRoles.RegionalHead, (CnapClaims.Region, OtherRegion))));
    }

    [Fact]
    public void Administrator_role_without_membership_in_the_centre_is_not_enough() =>
        Assert.Null(Decide(Staff(CnapRoles.Administrator)));

    [Fact]
    public void Provider_officer_of_a_unit_reaches_that_units_task_and_provider_wide_tasks_only()
    {
        var access = Decide(Staff(CnapRoles.ProviderOfficer, (CnapClaims.Provider, Provider), (CnapClaims.ProviderUnit, Unit)));
        Assert.Equal(CaseReach.Task, access?.Reach);
        Assert.Equal([UnitTask, WideTask], access!.Tasks);
        Assert.False(access.SeesWholeCase);

        var otherUnit = Decide(Staff(CnapRoles.ProviderOfficer, (CnapClaims.Provider, Provider), (CnapClaims.ProviderUnit, OtherUnit)));
        Assert.Equal([WideTask], otherUnit!.Tasks);
    }

    [Fact]
    public void Provider_head_reaches_every_task_of_their_provider_and_another_provider_nothing()
    {
        Assert.Equal(2, Decide(Staff(CnapRoles.ProviderHead, (CnapClaims.Provider, Provider)))!.Tasks.Count);
        Assert.Null(Decide(Staff(CnapRoles.ProviderHead, (CnapClaims.Provider, OtherProvider))));
    }

    [Theory]
    [InlineData(CnapClaims.TaxNumber, "3012345678")]
    [InlineData(CnapClaims.ConfirmedEmail, "Taras@Example.com")]
    [InlineData(CnapClaims.ConfirmedPhone, "+380671234567")]
    public void Applicant_recognised_by_a_proven_identifier_sees_their_case(string claim, string value) =>
        Assert.Equal(CaseReach.Applicant, Decide(Staff(CnapRoles.Citizen, (claim, value)))?.Reach);

    [Fact]
    public void Another_citizen_sees_nothing() =>
        Assert.Null(Decide(Staff(CnapRoles.Citizen, (CnapClaims.TaxNumber, "2999999999"), (CnapClaims.ConfirmedEmail, "other@example.com"))));

    [Fact]
    public void Methodologist_designs_cards_but_does_not_read_cases() =>
        Assert.Null(Decide(Staff(CnapRoles.Methodologist, (CnapClaims.Centre, Centre))));

    [Fact]
    public void Nobody_signed_in_sees_nothing() => Assert.Null(CaseVisibility.Decide(Caller.From(new ClaimsPrincipal()), Facts));

    private static CaseAccess? Decide(ClaimsPrincipal user) => CaseVisibility.Decide(Caller.From(user), Facts);

    private static ClaimsPrincipal Staff(string role, params (string Type, object Value)[] claims)
    {
        var identity = new ClaimsIdentity("test");
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Role, role));
        foreach (var (type, value) in claims)
            identity.AddClaim(new Claim(type, value.ToString()!));
        return new ClaimsPrincipal(identity);
    }
}
