using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cnap.Activities.Clarification;
using Cnap.Activities.Issuance;
using Cnap.Activities.Timers;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Host.Cases.Reading;
using Cnap.Host.Data;
using Cnap.Testing;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Expressions;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Cases;

/// <summary>The run command's demo data: the standard catalogue on published cards, and cases in every status played through them.</summary>
public sealed class DemoCasesTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_demo_has_cases_in_every_status_and_no_card_faulted(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        host.Settings["Database:SeedDemoData"] = "true";
        var client = host.CreateClient();

        var page = await client.GetFromJsonAsync<CasePage>("/api/cases?pageSize=500");

        Assert.InRange(page!.Total, 30, 60);
        var statuses = page.Items.GroupBy(i => i.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enum.GetNames<CaseStatus>().Order(), statuses.Keys.Order());
        Assert.Contains(page.Items, i => i.IsOverdue);
        await using var scope = host.Services.CreateAsyncScope();
        var workflows = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var faulted = await workflows.Incidents.Select(i => i.Message).ToListAsync();
        Assert.Empty(faulted);
        Assert.Equal(page.Total, await workflows.Instances.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_demo_history_is_played_in_the_past_and_the_clock_driven_outcomes_come_from_timers(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        host.Settings["Database:SeedDemoData"] = "true";
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        var workflows = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();

        var cases = await db.Set<Case>().AsNoTracking().ToListAsync();
        var journal = (await workflows.Journal.AsNoTracking().Where(j => j.Event == JournalEvent.Completed).ToListAsync())
            .ToLookup(j => j.InstanceId);
        bool Fired(Case c, string activityType, string outcome) =>
            journal[c.WorkflowInstanceId!].Any(j => j.ActivityType == activityType && j.Outcomes == outcome);

        // The application's clock is the demo clock while the history plays: a case registered 70 working days back
        // carries that date, not the moment of seeding.
        Assert.True(cases.Min(c => c.RegisteredAt) < TimeProvider.System.GetUtcNow().AddDays(-60), $"earliest demo case registered {cases.Min(c => c.RegisteredAt):u}");
        var deemed = cases.Where(c => c.Status == CaseStatus.DeemedGranted).ToList();
        Assert.NotEmpty(deemed);
        Assert.All(deemed, c => Assert.True(Fired(c, "Cnap.SlaTimer", SlaTimer.Elapsed), $"{c.JournalNumber} is deemed granted without its timer elapsing"));
        var unclaimed = cases.Where(c => c.Status == CaseStatus.Unclaimed).ToList();
        Assert.NotEmpty(unclaimed);
        Assert.All(unclaimed, c => Assert.True(Fired(c, "Cnap.IssueResult", IssueResult.Unclaimed), $"{c.JournalNumber} is unclaimed without its storage period running out"));
        Assert.Contains(cases, c => Fired(c, "Cnap.RequestClarification", RequestClarification.Expired) && c.Decision?.Outcome == DecisionOutcome.Refused);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_catalogue_service_has_a_published_card_and_lists_the_grounds_its_card_refuses_on(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        var workflows = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();

        var services = await db.Set<AdministrativeService>().AsNoTracking().ToListAsync();
        var cards = (await workflows.Definitions.AsNoTracking().Where(d => d.IsPublished).ToListAsync())
            .ToDictionary(d => d.DefinitionId, d => DefinitionReader.Read(d.Json));

        Assert.True(services.Count >= 40, $"the catalogue has {services.Count} services");
        Assert.Empty(services.Where(s => s.TechnologicalCardId is null || !cards.ContainsKey(s.TechnologicalCardId)).Select(s => s.Code));
        var missing = from service in services.Where(s => s.SuspensionAllowed)
                      from node in cards[service.TechnologicalCardId!].Root.Activities.Where(a => a.Type == "Cnap.RecordDecision")
                      let ground = ExpressionSpec.FromInput(node.Property("groundCode"))?.Text
                      where !string.IsNullOrEmpty(ground) && service.RefusalGrounds.All(g => g.Code != ground)
                      select $"{service.Code} ({service.TechnologicalCardId}: {ground})";
        Assert.Empty(missing);
        Assert.True(services.Count(s => s.TechnologicalCardId == "cnap-single-provider-decision") > services.Count / 2);
    }
}
