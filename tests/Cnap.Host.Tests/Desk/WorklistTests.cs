using Cnap.Domain.Cases;
using Cnap.Host.Cases.Worklist;
using Cnap.Host.Components;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Desk;

/// <summary>The Desk's worklist query: views, filters, text search, sorting, paging and SLA, on both databases.</summary>
public sealed class WorklistTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Worklist_views_filters_sorting_paging_and_sla_answer_from_the_database(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var world = host.World;
        var residence = await host.Api.RegisterAsync(world.CentreId, world.Services["residence"]);
        var permit = await host.Api.RegisterAsync(world.CentreId, world.Services["advertising"]);
        var idCard = await host.Api.RegisterAsync(world.CentreId, world.Services["id-card"]);
        var elsewhere = await host.Api.RegisterAsync(world.OtherCentreId, world.Services["residence"]);
        await host.Api.ApproveAsync((await host.Api.OpenTaskAsync(residence.Id, "реєстру")).Id, "Довідка");
        Task<WorklistRows> ListAsync(WorklistFilter filter, string? user = "api:anonymous") => host.InScopeAsync((services, _) =>
            services.GetRequiredService<IMediator>().Send(new GetWorklist([world.CentreId], user, filter)).AsTask());

        var centre = await ListAsync(new WorklistFilter());
        Assert.Equal([idCard.Id, permit.Id, residence.Id], centre.Items.Select(i => i.Id));
        Assert.DoesNotContain(elsewhere.Id, centre.Items.Select(i => i.Id));
        Assert.All(centre.Items, i => Assert.Equal("Шевченко О. П.", i.Applicant));
        Assert.Equal(SlaState.OnTrack, centre.Items.Single(i => i.Id == permit.Id).Sla.State);
        Assert.Equal(10, centre.Items.Single(i => i.Id == permit.Id).Sla.WorkingDaysLeft);
        Assert.Equal(SlaState.None, centre.Items.Single(i => i.Id == residence.Id).Sla.State);
        Assert.NotNull(centre.Items.Single(i => i.Id == permit.Id).Stage);

        Assert.Equal([residence.Id], (await ListAsync(new WorklistFilter { View = WorklistView.AwaitingIssue })).Items.Select(i => i.Id));
        Assert.Equal(3, (await ListAsync(new WorklistFilter { View = WorklistView.Mine })).Total);
        Assert.Equal(0, (await ListAsync(new WorklistFilter { View = WorklistView.Mine }, "someone-else")).Total);
        Assert.Equal([permit.Id], (await ListAsync(new WorklistFilter { Text = permit.TrackingCode })).Items.Select(i => i.Id));
        Assert.Equal([idCard.Id], (await ListAsync(new WorklistFilter { Text = idCard.Number })).Items.Select(i => i.Id));
        Assert.Equal([permit.Id], (await ListAsync(new WorklistFilter { Text = "реклам" })).Items.Select(i => i.Id));
        Assert.Equal([residence.Id], (await ListAsync(new WorklistFilter { Status = CaseStatus.ReadyForIssue })).Items.Select(i => i.Id));
        Assert.Equal(0, (await ListAsync(new WorklistFilter { From = new DateOnly(2025, 3, 4) })).Total);
        Assert.Equal(3, (await ListAsync(new WorklistFilter { From = new DateOnly(2025, 3, 3), To = new DateOnly(2025, 3, 3) })).Total);

        var byDeadline = await ListAsync(new WorklistFilter { Sort = WorklistSort.Deadline, Descending = false, PageSize = 1, Page = 3 });
        Assert.Equal((3, 3, 1), (byDeadline.Total, byDeadline.Page, byDeadline.Items.Count));
        Assert.Equal(idCard.Id, byDeadline.Items[0].Id);

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 19, 10, 0));
        var overdue = await ListAsync(new WorklistFilter { View = WorklistView.Overdue });
        var line = Assert.Single(overdue.Items);
        Assert.Equal((permit.Id, SlaState.Overdue, -2), (line.Id, line.Sla.State, line.Sla.WorkingDaysLeft));
    }

    [Fact]
    public void A_filter_survives_its_round_trip_through_the_url()
    {
        var filter = new WorklistFilter
        {
            View = WorklistView.Overdue, Status = CaseStatus.InReview, ServiceId = Guid.NewGuid(), ProviderId = Guid.NewGuid(), Overdue = true,
            From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 3, 31), Text = "реєстрація місця", Sort = WorklistSort.Deadline,
            Descending = false, Page = 3, PageSize = 50,
        };
        Assert.Equal(filter, WorklistFilter.Parse(filter.ToQueryString()));
        Assert.Equal("", new WorklistFilter().ToQueryString());
        Assert.Equal(new WorklistFilter(), WorklistFilter.Parse("?view=nonsense&page=-4&from=yesterday"));
    }
}
