using System.Net;
using Cnap.Domain.Cases;
using Cnap.Host.Cases.Persistence;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Cnap.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Cases;

/// <summary>What the rules forbid is refused with a problem that says why, and changes nothing.</summary>
public sealed class IllegalTransitionTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Handing_over_a_result_that_does_not_exist_yet_names_the_status_and_the_action(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"]);

        var problem = await CaseApi.ProblemAsync(await host.Api.PostIssuanceAsync(registered.Id), HttpStatusCode.Conflict);

        Assert.Equal(("InReview", "Issue"), (problem["caseStatus"]!.GetValue<string>(), problem["action"]!.GetValue<string>()));
        Assert.Equal("Issue is not allowed while the case is InReview", problem["title"]!.GetValue<string>());
        Assert.Contains("only when ReadyForIssue", problem["detail"]!.GetValue<string>());
        Assert.Equal("InReview", (await host.Api.CaseAsync(registered.Id)).Status);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_task_is_decided_once(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"]);
        var task = await host.Api.OpenTaskAsync(registered.Id, "реєстру");
        await host.Api.ApproveAsync(task.Id, "Довідка");

        var problem = await CaseApi.ProblemAsync(
            await host.Api.PostDecisionAsync(task.Id, new { outcome = "Refused", groundCode = CaseWorld.Incomplete, comment = "Передумали" }),
            HttpStatusCode.Conflict);

        Assert.Equal("Decided", problem["taskStatus"]!.GetValue<string>());
        Assert.Equal(("ReadyForIssue", "Granted"), ((await host.Api.CaseAsync(registered.Id)).Status, (await host.Api.CaseAsync(registered.Id)).Decision!.Outcome));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Two_officers_deciding_one_task_at_the_same_moment_do_not_both_succeed(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"]);
        var task = await host.Api.OpenTaskAsync(registered.Id, "реєстру");

        var responses = await Task.WhenAll(
            host.Api.PostDecisionAsync(task.Id, new { outcome = "Approved", result = new { title = "Довідка" } }),
            host.Api.PostDecisionAsync(task.Id, new { outcome = "Refused", groundCode = CaseWorld.Incomplete, comment = "Немає документа" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var details = await host.Api.CaseAsync(registered.Id);
        var decided = Assert.Single(details.Tasks);
        Assert.Equal(decided.Decision!.Outcome == "Approved" ? "Granted" : "Refused", details.Decision!.Outcome);
        Assert.Single(details.Timeline, t => t.Source == "case" && t.Event is "Granted" or "Refused");
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_stage_whose_card_cannot_ask_for_clarification_refuses_the_request(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"]);
        var task = await host.Api.OpenTaskAsync(registered.Id, "реєстру");

        var problem = await CaseApi.ProblemAsync(
            await host.Api.PostDecisionAsync(task.Id, new { outcome = "Clarification", comment = "Де довідка?" }), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("cannot continue on Clarification", problem["detail"]!.GetValue<string>());
        Assert.Equal("Assigned", (await host.Api.OpenTaskAsync(registered.Id, "реєстру")).Status);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Clarification_is_refused_for_a_case_that_waits_for_none(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["generic"]);

        var problem = await CaseApi.ProblemAsync(await host.Api.PostClarificationAsync(registered.Id, "Ось документи"), HttpStatusCode.Conflict);

        Assert.Equal(("InReview", "ProvideClarification"), (problem["caseStatus"]!.GetValue<string>(), problem["action"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_withdrawn_case_cancels_its_tasks_and_stops_its_card(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["advertising"]);

        var cancel = await CaseApi.ProblemAsync(await host.Api.PostClosureAsync(registered.Id, "cancellation", "Помилка реєстрації"), HttpStatusCode.Conflict);
        Assert.Equal(("InReview", "Cancel"), (cancel["caseStatus"]!.GetValue<string>(), cancel["action"]!.GetValue<string>()));

        var withdrawn = await host.Client.PostAsync($"/api/cases/{registered.Id}/withdrawal",
            System.Net.Http.Json.JsonContent.Create(new { reason = "Заявник передумав розміщувати рекламу" }));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var details = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("Withdrawn", "Cancelled"), (details.Status, details.Workflow!.Status));
        Assert.All(details.Tasks, t => Assert.Equal("Cancelled", t.Status));
        Assert.Equal(0, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 4, 1, 10, 0)));
        var late = await CaseApi.ProblemAsync(await host.Api.PostDecisionAsync(details.Tasks[0].Id, new { outcome = "Approved" }), HttpStatusCode.Conflict);
        Assert.Equal("Cancelled", late["taskStatus"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_service_without_a_published_card_is_refused_and_nothing_is_stored(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));

        var problem = await CaseApi.ProblemAsync(await host.Api.PostRegisterAsync(host.World.CentreId, host.World.Services["no-card"]), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("has no published technological card", problem["detail"]!.GetValue<string>());
        var (cases, instances, counters) = await host.InScopeAsync(async (scope, db) => (
            await db.Set<Case>().CountAsync(),
            await scope.GetRequiredService<WorkflowDbContext>().Instances.CountAsync(),
            await db.Set<JournalCounter>().CountAsync()));
        Assert.Equal((0, 0, 0), (cases, instances, counters));
        // The journal has no hole: the next case registered is number 1.
        var next = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"]);
        Assert.EndsWith("-000001", next.Number);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_malformed_application_lists_every_bad_field(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));

        var response = await host.Client.PostAsync("/api/cases", System.Net.Http.Json.JsonContent.Create(new
        {
            centreId = host.World.CentreId,
            serviceId = host.World.Services["residence"],
            channel = "Pigeon",
            applicant = new { lastName = "Шевченко", firstName = "Олександра", taxNumber = "1234567890", phone = "12" },
            documents = new[] { new { title = "Заява", form = "Scroll" } },
        }));

        var problem = await CaseApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject().Select(e => e.Key).Order().ToList();
        Assert.Equal(["applicant.phone", "applicant.taxNumber", "channel", "documents[0].form"], errors);
        Assert.Equal(0, await host.InScopeAsync((_, db) => db.Set<Case>().CountAsync()));
    }
}
