using System.Net;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;

namespace Cnap.Host.Tests.Cases;

/// <summary>Card cnap-next-day-dispatch: the package reaches the provider by the end of the registration day.</summary>
public sealed class NextDayDispatchTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_case_waits_at_the_centre_until_the_day_ends_then_goes_to_the_provider(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 7, 11, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["land"]);

        Assert.Equal("Registered", (await host.Api.CaseAsync(registered.Id)).Status);
        Assert.Empty((await host.Api.CaseAsync(registered.Id)).Tasks);
        Assert.Equal(0, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 7, 23, 50)));
        Assert.Equal(1, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 8, 0, 1)));

        var sent = await host.Api.CaseAsync(registered.Id);
        Assert.Equal("InReview", sent.Status);
        var task = Assert.Single(sent.Tasks);
        Assert.Equal((host.World.CouncilId, (Guid?)null, registered.LegalDeadline), (task.ProviderId, task.UnitId, task.DueAt));

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 12, 10, 0));
        await host.Api.ApproveAsync(task.Id, "Дозвіл на розроблення проєкту землеустрою");
        await host.Api.IssueAsync(registered.Id);
        Assert.Equal(("Issued", "Finished"), ((await host.Api.CaseAsync(registered.Id)).Status, (await host.Api.CaseAsync(registered.Id)).Workflow!.Status));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_case_registered_in_error_is_annulled_before_it_leaves_the_centre(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 7, 11, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["land"]);

        var response = await host.Api.PostClosureAsync(registered.Id, "cancellation", "Заявник звернувся не до того центру");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 10, 9, 0)));
        var annulled = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("Cancelled", "Cancelled"), (annulled.Status, annulled.Workflow!.Status));
        Assert.Empty(annulled.Tasks);
    }
}
