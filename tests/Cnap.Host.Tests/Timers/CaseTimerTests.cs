using System.Net;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Cnap.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Timers;

public sealed class CaseTimerTests
{
    [Theory]
    [InlineData("withdrawal", DatabaseKind.Postgres)]
    [InlineData("withdrawal", DatabaseKind.Sqlite)]
    public async Task Withdrawing_a_case_removes_the_timers_of_its_card(string closure, DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["advertising"]);
        Assert.NotEmpty(await TimersAsync(host, registered.WorkflowInstanceId));

        var closed = await host.Api.PostClosureAsync(registered.Id, closure, "Заявник відкликав заяву");

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Empty(await TimersAsync(host, registered.WorkflowInstanceId));
        Assert.Equal(0, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 6, 2)));
    }

    private static Task<List<WorkflowBookmarkRecord>> TimersAsync(CaseHost host, string instanceId) =>
        host.InScopeAsync((scope, _) => scope.GetRequiredService<WorkflowDbContext>().Bookmarks.AsNoTracking()
            .Where(b => b.InstanceId == instanceId && b.DueAt != null).ToListAsync());
}
