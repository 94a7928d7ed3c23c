using Cnap.Host.Identity;
using Cnap.Host.Tests.Identity;

namespace Cnap.Host.Tests.Access;

public sealed class IdentityRouteScopeTests(ScopeWorld world) : IClassFixture<ScopeWorld>
{
    [Fact]
    [ProvesOutOfScope("POST", "/api/identity/users/{userId}/disable")]
    [ProvesOutOfScope("POST", "/api/identity/users/{userId}/enable")]
    public async Task Only_a_head_of_the_users_centre_disables_and_enables_them_others_are_told_there_is_no_such_user()
    {
        var clerk = await new TestAccounts(world.Host).StaffAsync("w.clerk", CnapRoles.Administrator, (MembershipKind.Centre, world.CentreId));

        await world.AssertOutsidersGet404Async(HttpMethod.Post, $"/api/identity/users/{clerk.UserId}/disable");
        await world.AssertOutsidersGet404Async(HttpMethod.Post, $"/api/identity/users/{clerk.UserId}/enable");
        await world.AssertReachableAsync(world.CentreHead, HttpMethod.Post, $"/api/identity/users/{clerk.UserId}/disable");
        await world.AssertReachableAsync(world.CentreHead, HttpMethod.Post, $"/api/identity/users/{clerk.UserId}/enable");
    }
}
