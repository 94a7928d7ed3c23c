using System.Net;

namespace Cnap.Host.Tests.Access;

/// <summary>
/// A case's card run is reached by the methodologists, and read by the staff who see the case whole; anyone else is
/// told it does not exist, as is everyone but a methodologist who tries to change it or to resume one of its bookmarks.
/// </summary>
public sealed class WorkflowRouteScopeTests(ScopeWorld world) : IClassFixture<ScopeWorld>
{
    [Fact]
    [ProvesOutOfScope("GET", "/api/workflows/instances/{id}")]
    [ProvesOutOfScope("GET", "/api/workflows/instances/{id}/journal")]
    public async Task A_cases_card_run_is_read_by_its_centre_and_the_methodologist_and_not_found_by_outsiders()
    {
        foreach (var url in new[] { $"/api/workflows/instances/{world.RequireInstance()}", $"/api/workflows/instances/{world.RequireInstance()}/journal" })
        {
            await world.AssertOutsidersGet404Async(HttpMethod.Get, url);
            await world.AssertReachableAsync(world.CentreAdministrator, HttpMethod.Get, url);
            await world.AssertReachableAsync(world.Methodologist, HttpMethod.Get, url);
        }
    }

    [Fact]
    [ProvesOutOfScope("POST", "/api/workflows/instances/{id}/cancel")]
    [ProvesOutOfScope("POST", "/api/workflows/instances/{id}/incidents/retry")]
    public async Task Only_a_methodologist_changes_a_card_run_the_cases_own_centre_reads_it_but_is_told_it_is_not_found()
    {
        var id = world.RequireInstance();

        await world.AssertOutsidersGet404Async(HttpMethod.Post, $"/api/workflows/instances/{id}/cancel");
        await world.AssertOutsidersGet404Async(HttpMethod.Post, $"/api/workflows/instances/{id}/incidents/retry");
        var byCentre = await world.SendAsync(world.CentreAdministrator, HttpMethod.Post, $"/api/workflows/instances/{id}/cancel");
        Assert.Equal(HttpStatusCode.NotFound, byCentre.StatusCode);
        // Retrying a run that has no incident changes nothing (409); the methodologist gets that far.
        await world.AssertReachableAsync(world.Methodologist, HttpMethod.Post, $"/api/workflows/instances/{id}/incidents/retry");
        var run = await world.SendAsync(world.CentreAdministrator, HttpMethod.Get, $"/api/workflows/instances/{id}");
        Assert.DoesNotContain("\"Cancelled\"", await run.Content.ReadAsStringAsync());
    }

    [Fact]
    [ProvesOutOfScope("POST", "/api/workflows/bookmarks/{bookmarkId}/resume")]
    public async Task Nobody_but_a_methodologist_resumes_a_bookmark_of_a_cases_run()
    {
        var url = $"/api/workflows/bookmarks/{world.RequireBookmark()}/resume";

        await world.AssertOutsidersGet404Async(HttpMethod.Post, url);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(world.CentreHead, HttpMethod.Post, url)).StatusCode);
    }
}
