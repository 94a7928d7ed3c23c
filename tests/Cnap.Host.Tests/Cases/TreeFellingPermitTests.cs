using Cnap.Domain.Cases;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;

namespace Cnap.Host.Tests.Cases;

/// <summary>
/// Card cnap-tree-felling-permit: review, commission inspection, draft decision, approval by the executive committee,
/// which may return the draft for revision (a loop) before it approves.
/// </summary>
public sealed class TreeFellingPermitTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_committee_returns_the_draft_for_revision_and_approves_the_revised_one(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 4, 1, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["tree-felling"]);

        await host.Api.ApproveAsync((await host.Api.OpenTaskAsync(registered.Id, "Розгляд заяви")).Id);
        var inspecting = await host.Api.CaseAsync(registered.Id);
        Assert.Equal("Призначено обстеження комісією", inspecting.StatusText);
        var inspection = await host.Api.OpenTaskAsync(registered.Id, "Обстеження");
        Assert.Equal(("У", host.World.Units["GREEN_COMMISSION"]), (inspection.Action, inspection.UnitId!.Value));
        await host.Api.ApproveAsync(inspection.Id);

        var firstDraft = await host.Api.OpenTaskAsync(registered.Id, "проєкту рішення");
        await host.Api.ApproveAsync(firstDraft.Id);
        var firstApproval = await host.Api.OpenTaskAsync(registered.Id, "виконавчим комітетом");
        var returned = await host.Api.AskClarificationAsync(firstApproval.Id, "Уточнити кількість дерев і компенсаційну висадку");
        // Returned for revision: an internal loop, not a request to the applicant; the clock keeps running.
        Assert.Equal(CaseStatus.InReview, returned.CaseStatus);

        var secondDraft = await host.Api.OpenTaskAsync(registered.Id, "проєкту рішення");
        Assert.NotEqual(firstDraft.Id, secondDraft.Id);
        await host.Api.ApproveAsync(secondDraft.Id);
        var secondApproval = await host.Api.OpenTaskAsync(registered.Id, "виконавчим комітетом");
        await host.Api.ApproveAsync(secondApproval.Id, "Рішення виконкому № 214 про видалення зелених насаджень", "214");
        await host.Api.IssueAsync(registered.Id);

        var done = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("Issued", "Granted", "214"), (done.Status, done.Decision!.Outcome, done.Decision.ResultNumber));
        // The card's own text ended with the decision; the applicant sees the status again.
        Assert.Equal("Видано", done.StatusText);
        Assert.Equal(6, done.Tasks.Count);
        Assert.All(done.Tasks, t => Assert.Equal("Decided", t.Status));
        Assert.Empty(done.Suspensions);
        Assert.Equal("Finished", done.Workflow!.Status);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_refusal_at_the_commission_stage_ends_the_card(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 4, 1, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["tree-felling"]);
        await host.Api.ApproveAsync((await host.Api.OpenTaskAsync(registered.Id, "Розгляд заяви")).Id);

        await host.Api.RefuseAsync((await host.Api.OpenTaskAsync(registered.Id, "Обстеження")).Id, CaseWorld.NotAllowed, "Дерева здорові, підстав для видалення немає.");

        var refused = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("ReadyForIssue", "Refused", "Дерева здорові, підстав для видалення немає."),
            (refused.Status, refused.Decision!.Outcome, refused.Decision.Reasons));
        Assert.DoesNotContain(refused.Tasks, t => t.Status == "Assigned");
    }
}
