using System.Text.Json.Nodes;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Cnap.Workflows.Management;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Cases;

/// <summary>Cnap.SlaTimer on a card of its own: the standard card plus a reminder two working days before the deadline.</summary>
public sealed class SlaTimerTests
{
    private const string Warning = "Строк розгляду спливає за 2 робочі дні";

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_reminder_before_the_deadline_waits_for_the_days_a_clarification_stopped_the_clock(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        await PublishReminderCardAsync(host);
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["reminder"]);
        // The deadline's last day is Monday 17 March; two working days before it is Thursday 13 March.
        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 4, 11, 0));
        await host.Api.AskClarificationAsync((await host.Api.OpenTaskAsync(registered.Id, "Розгляд")).Id, "додайте довідку");
        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 6, 15, 0));
        await host.Api.ClarifyAsync(registered.Id, "Довідку додано");

        // Two working days stood still: the reminder moved from the end of the 13th to the end of the 17th.
        await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 14, 0, 5));
        Assert.Null((await host.Api.CaseAsync(registered.Id)).Timeline.FirstOrDefault(t => t.Event == "StatusTextChanged"));
        await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 17, 23, 55));
        Assert.Equal("На розгляді", (await host.Api.CaseAsync(registered.Id)).StatusText);
        Assert.Equal(1, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 18, 0, 5)));

        var warned = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("InReview", Warning), (warned.Status, warned.StatusText));
        Assert.Contains(warned.Timeline, t => t.Source == "workflow" && t.Details!.Contains("Cnap.SlaTimer Elapsed", StringComparison.Ordinal));
    }

    /// <summary>The standard card with a second branch from the start: a timer, then a status text for the applicant.</summary>
    private static async Task PublishReminderCardAsync(CaseHost host)
    {
        var card = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows", "single-provider-decision.json")))!.AsObject();
        card["id"] = "t-reminder-1";
        card["definitionId"] = CaseWorld.ReminderCard;
        var root = card["root"]!.AsObject();
        root["activities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "Reminder", ["type"] = "Cnap.SlaTimer", ["version"] = 1,
            ["basis"] = Literal("CaseDeadline"), ["offsetWorkingDays"] = Literal("-2"),
        });
        root["activities"]!.AsArray().Add(new JsonObject { ["id"] = "Warn", ["type"] = "Cnap.SetCaseStatus", ["version"] = 1, ["text"] = Literal(Warning) });
        root["connections"]!.AsArray().Add(Connection("Start", "Done", "Reminder"));
        root["connections"]!.AsArray().Add(Connection("Reminder", "Elapsed", "Warn"));
        await host.InScopeAsync(async (scope, _) =>
        {
            var definitions = scope.GetRequiredService<WorkflowDefinitionService>();
            await definitions.SaveDraftAsync(card.ToJsonString());
            var published = await definitions.PublishAsync(CaseWorld.ReminderCard);
            Assert.Empty(published.Errors);
        });
    }

    private static JsonObject Literal(string value) => new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    private static JsonObject Connection(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        ["vertices"] = new JsonArray(),
    };
}
