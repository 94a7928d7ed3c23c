using Cnap.Domain.Catalogue;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Cnap.Workflows.Descriptors;
using Cnap.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Cases;

/// <summary>The shipped cards are published at start-up, services find theirs, and the designer's dropdowns list real data.</summary>
public sealed class TechnologicalCardSeedingTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_shipped_card_is_published_at_start_and_each_service_is_linked_to_the_card_naming_its_code(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));

        var (published, links) = await host.InScopeAsync(async (scope, db) => (
            await scope.GetRequiredService<WorkflowDbContext>().Definitions.Where(d => d.IsPublished).Select(d => d.DefinitionId).OrderBy(d => d).ToListAsync(),
            await db.Set<AdministrativeService>().ToDictionaryAsync(s => s.Id, s => s.TechnologicalCardId)));

        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.json").Count();
        Assert.Equal(files, published.Count);
        Assert.Contains("cnap-tree-felling-permit", published);
        Assert.Equal("cnap-residence-registration", links[host.World.Services["residence"]]);
        Assert.Equal("cnap-outdoor-advertising-permit", links[host.World.Services["advertising"]]);
        Assert.Equal("cnap-real-estate-registration", links[host.World.Services["estate"]]);
        Assert.Equal("cnap-id-card", links[host.World.Services["id-card"]]);
        Assert.Equal("cnap-sole-trader-registration", links[host.World.Services["sole-trader"]]);
        Assert.Equal("cnap-tree-felling-permit", links[host.World.Services["tree-felling"]]);
        Assert.Equal("cnap-single-provider-decision", links[host.World.Services["generic"]]);
        Assert.Equal(CaseWorld.UnpublishedCard, links[host.World.Services["no-card"]]);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_designers_dropdowns_list_the_providers_units_and_refusal_grounds_in_the_database(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));

        var descriptors = await host.InScopeAsync((scope, _) =>
            scope.GetRequiredService<ActivityRegistry>().DescribeAllAsync(scope, CancellationToken.None));

        var send = descriptors.Single(d => d.TypeName == "Cnap.SendToProvider");
        Assert.Equal(["04055423", "37780456", "43967452"], Options(send, "provider").Select(o => o.Value).Order());
        Assert.Contains(("Тестова міська рада (04055423)", "04055423"), Options(send, "provider"));
        var units = Options(send, "unit");
        Assert.Equal(10, units.Count);
        Assert.Contains(("HERITAGE — Відділ охорони культурної спадщини", "HERITAGE"), units);
        // Grounds come from every service, the standard catalogue's included; a code appears once.
        var grounds = Options(descriptors.Single(d => d.TypeName == "Cnap.RecordDecision"), "groundCode");
        Assert.Contains(("NOT_ALLOWED — Об'єкт не відповідає вимогам законодавства", "NOT_ALLOWED"), grounds);
        Assert.Single(grounds, g => g.Value == "INCOMPLETE");
        Assert.Equal(grounds.Count, grounds.Select(g => g.Value).Distinct().Count());
    }

    private static List<(string Text, string Value)> Options(ActivityDescriptor descriptor, string input) =>
        descriptor.Inputs.Single(i => i.Name == input).UiSpecifications!["dropdown"]!["selectList"]!["items"]!.AsArray()
            .Select(i => (i!["text"]!.GetValue<string>(), i["value"]!.GetValue<string>())).ToList();
}
