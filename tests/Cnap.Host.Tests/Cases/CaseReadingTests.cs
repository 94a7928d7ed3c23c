using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;

namespace Cnap.Host.Tests.Cases;

/// <summary>Lists, journals and the storage period, read through the API.</summary>
public sealed class CaseReadingTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Lists_filter_by_centre_status_and_service_and_mask_the_applicant(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var world = host.World;
        var residence = await host.Api.RegisterAsync(world.CentreId, world.Services["residence"]);
        var idCard = await host.Api.RegisterAsync(world.CentreId, world.Services["id-card"]);
        var elsewhere = await host.Api.RegisterAsync(world.OtherCentreId, world.Services["residence"]);
        await host.Api.ApproveAsync((await host.Api.OpenTaskAsync(residence.Id, "реєстру")).Id, "Довідка");

        var atCentre = await host.Api.ListAsync($"centre={world.CentreId}");
        Assert.Equal([idCard.Id, residence.Id], atCentre.Items.Select(i => i.Id));
        Assert.All(atCentre.Items, i => Assert.Equal("Шевченко О. П.", i.Applicant));
        Assert.Equal([residence.Id], (await host.Api.ListAsync($"centre={world.CentreId}&status=ReadyForIssue")).Items.Select(i => i.Id));
        Assert.Equal([elsewhere.Id, residence.Id],
            (await host.Api.ListAsync($"service={world.Services["residence"]}")).Items.Select(i => i.Id));
        Assert.Equal(3, (await host.Api.ListAsync("")).Total);
        Assert.Equal("Готово до видачі", (await host.Api.ListAsync($"status=ReadyForIssue")).Items[0].StatusText);
        Assert.StartsWith("TS2-2025-", elsewhere.Number);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_three_journals_list_registrations_results_received_and_results_issued(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var world = host.World;
        var first = await host.Api.RegisterAsync(world.CentreId, world.Services["residence"]);
        var second = await host.Api.RegisterAsync(world.CentreId, world.Services["residence"]);
        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 4, 10, 0));
        await host.Api.RefuseAsync((await host.Api.OpenTaskAsync(second.Id, "реєстру")).Id, CaseWorld.Incomplete, "Немає документа");
        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 5, 10, 0));
        await host.Api.IssueAsync(second.Id);

        var day = new DateOnly(2025, 3, 3);
        var registration = await host.Api.JournalAsync("registration", world.CentreId, day, day.AddDays(6));
        Assert.Equal([(first.Number, 1), (second.Number, 2)], registration.Select(l => (l.Number, l.Sequence)));
        var received = await host.Api.JournalAsync("results-received", world.CentreId, day, day.AddDays(6));
        Assert.Equal(("Refused", second.Id), (Assert.Single(received).Outcome, received[0].CaseId));
        var issued = await host.Api.JournalAsync("results-issued", world.CentreId, day, day.AddDays(6));
        Assert.Equal("Шевченко О. П.", Assert.Single(issued).ReceivedBy);
        Assert.Empty(await host.Api.JournalAsync("results-issued", world.CentreId, day, day));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_result_not_collected_within_the_storage_period_is_marked_unclaimed(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"]);
        await host.Api.ApproveAsync((await host.Api.OpenTaskAsync(registered.Id, "реєстру")).Id, "Довідка");

        Assert.Equal(0, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 6, 2, 10, 0)));
        Assert.Equal(1, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 6, 3, 12, 0)));

        var details = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("Unclaimed", "Finished"), (details.Status, details.Workflow!.Status));
        Assert.Equal("Unclaimed", details.Timeline.Last(t => t.Source == "case").Event);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_provider_inbox_lists_its_open_tasks_by_due_date(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var world = host.World;
        var permit = await host.Api.RegisterAsync(world.CentreId, world.Services["advertising"]);
        var residence = await host.Api.RegisterAsync(world.CentreId, world.Services["residence"]);
        await host.Api.RegisterAsync(world.CentreId, world.Services["id-card"]);

        var council = await host.Api.TasksAsync($"provider={world.CouncilId}&status=Assigned");
        Assert.Equal(4, council.Total);
        Assert.Equal(residence.Id, council.Items[0].CaseId);
        Assert.Equal(["Відділ реєстрації місця проживання", "Управління архітектури", "Відділ охорони культурної спадщини", "Управління ЖКГ"],
            council.Items.Select(t => t.Unit));
        var heritage = await host.Api.TasksAsync($"unit={world.Units["HERITAGE"]}");
        Assert.Equal(permit.Id, Assert.Single(heritage.Items).CaseId);
        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 5, 9, 0));
        Assert.Equal([residence.Id], (await host.Api.TasksAsync($"provider={world.CouncilId}&overdue=true")).Items.Select(t => t.CaseId));
    }
}
