using System.Reflection;
using Cnap.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Access;

public sealed class RouteInventoryTests : HostOnSqlite
{
    protected override bool StartsAtOnce => true;

    [Fact]
    public void Every_route_taking_a_case_task_document_or_person_id_has_an_out_of_scope_proof()
    {
        var scoped = ScopedRoutes.In(Host.Services.GetRequiredService<EndpointDataSource>()).ToList();
        var proven = Proofs();

        var unproven = scoped.Where(r => !proven.Contains(r) && !UnprovenRoutes.Pending.ContainsKey(r)).ToList();

        Assert.True(unproven.Count == 0,
            "These routes take a case/task/document/person id but no test proves that another centre, another provider "
            + "and another citizen get 404 (add [ProvesOutOfScope(method, route)] to such a test):\n  " + string.Join("\n  ", unproven));
    }

    [Fact]
    public void Proofs_and_pending_entries_name_routes_that_exist()
    {
        var scoped = ScopedRoutes.In(Host.Services.GetRequiredService<EndpointDataSource>()).ToHashSet();

        var stale = Proofs().Concat(UnprovenRoutes.Pending.Keys).Where(r => !scoped.Contains(r)).ToList();

        Assert.True(stale.Count == 0, "Proofs or pending entries for routes that are not mapped (renamed?):\n  " + string.Join("\n  ", stale));
    }

    [Fact]
    public void Pending_routes_are_not_also_proven()
    {
        var both = Proofs().Intersect(UnprovenRoutes.Pending.Keys).ToList();

        Assert.True(both.Count == 0, "Proven now: delete from UnprovenRoutes.Pending:\n  " + string.Join("\n  ", both));
    }

    [Fact]
    public void Every_api_route_says_who_may_call_it()
    {
        var silent = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
                        && !e.RoutePattern.RawText.StartsWith("/api/docs", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null
                        && e.Metadata.GetMetadata<AuthorizationPolicy>() is null)
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText)
            .ToList();

        Assert.True(silent.Count == 0,
            "These /api routes neither allow anonymous callers nor name a policy (RequireAuthorization, RequireScope(s), "
            + "AllowAnonymous):\n  " + string.Join("\n  ", silent));
    }

    [Theory]
    [InlineData("/api/cases/{id:guid}", true)]
    [InlineData("/api/workflows/instances/{id}/journal", true)]
    [InlineData("/api/workflows/bookmarks/{bookmarkId}/resume", true)]
    [InlineData("/api/notifications/{id}", true)]
    [InlineData("/api/cases/{caseId}/access-log", true)]
    [InlineData("/api/tasks/{taskId:guid}/decision", true)]
    [InlineData("/api/identity/users/{userId}/disable", true)]
    [InlineData("/api/calendar/{year}", false)]
    [InlineData("/api/workflows/definitions/{id}", false)]
    [InlineData("/api/cases", false)]
    public void Scoped_ids_are_recognised_by_name_or_by_the_collection_before_them(string route, bool scoped) =>
        Assert.Equal(scoped, ScopedRoutes.TakesScopedId(RoutePatternFactory.Parse(route)));

    private static HashSet<string> Proofs() =>
        typeof(RouteInventoryTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .SelectMany(m => m.GetCustomAttributes<ProvesOutOfScopeAttribute>())
            .Select(a => a.Key)
            .ToHashSet();
}
