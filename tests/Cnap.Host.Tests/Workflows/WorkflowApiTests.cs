using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Cnap.Host.Identity;
using Cnap.Host.Tests.Identity;
using Cnap.Testing;

namespace Cnap.Host.Tests.Workflows;

public sealed class WorkflowApiTests
{
    private const string Approval = """
        {"definitionId": "approval", "name": "Approval", "root": {"type": "Elsa.Flowchart", "id": "F", "activities": [
          {"id": "a1", "name": "Received", "type": "Elsa.WriteLine", "text": {"typeName": "String", "expression": {"type": "Literal", "value": "Received"}}},
          {"id": "a2", "name": "Decision", "type": "Elsa.Event", "eventName": {"typeName": "String", "expression": {"type": "Literal", "value": "approved"}}},
          {"id": "a3", "name": "Done", "type": "Elsa.WriteLine", "text": {"typeName": "String", "expression": {"type": "JavaScript", "value": "'Approved for ' + getInput('Applicant')"}}}],
          "connections": [{"source": {"activity": "a1", "port": "Done"}, "target": {"activity": "a2", "port": "In"}},
                          {"source": {"activity": "a2", "port": "Done"}, "target": {"activity": "a3", "port": "In"}}]}}
        """;

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_imported_fixture_publishes_runs_and_journals_its_line(DatabaseKind kind)
    {
        await using var api = await WorkflowApiClient.CreateAsync(kind);
        var definitionId = await api.PublishAsync(WorkflowApiClient.Fixture("elsa-conformance/BasicWorkflows/hello-world.json"));

        var started = await api.StartAsync(definitionId);

        Assert.Equal("Finished", started["status"]!.GetValue<string>());
        Assert.Equal(["Hello World!"], await api.LinesAsync(started["id"]!.GetValue<string>()));
        var (_, versions) = await api.GetAsync($"/definitions/{definitionId}/versions");
        Assert.True(versions!["items"]![0]!["isPublished"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_event_resumes_the_waiting_instance_and_a_second_resume_of_its_bookmark_is_a_reported_no_op(DatabaseKind kind)
    {
        await using var api = await WorkflowApiClient.CreateAsync(kind);
        await api.PublishAsync(Approval);
        var started = await api.StartAsync("approval", new JsonObject { ["Applicant"] = "Olena" });
        var id = started["id"]!.GetValue<string>();

        var (_, waiting) = await api.GetAsync($"/instances/{id}");
        Assert.Equal("Suspended", waiting!["status"]!.GetValue<string>());
        var bookmark = waiting["bookmarks"]!.AsArray().Single()!;
        Assert.Equal(("Elsa.Event", "Decision"), (bookmark["name"]!.GetValue<string>(), bookmark["activityName"]!.GetValue<string>()));

        var (eventStatus, sent) = await api.PostAsync("/events/approved", new JsonObject());
        Assert.Equal(HttpStatusCode.OK, eventStatus);
        Assert.Equal("Resumed", sent!["resumed"]![0]!["outcome"]!.GetValue<string>());
        var (_, again) = await api.PostAsync($"/bookmarks/{bookmark["id"]!.GetValue<string>()}/resume", new JsonObject());
        Assert.NotEqual("Resumed", again!["outcome"]!.GetValue<string>());

        var (_, finished) = await api.GetAsync($"/instances/{id}");
        Assert.Equal("Finished", finished!["status"]!.GetValue<string>());
        Assert.Equal(["Received", "Approved for Olena"], await api.LinesAsync(id));
        var (_, journal) = await api.GetAsync($"/instances/{id}/journal");
        Assert.Single(journal!["items"]!.AsArray(), e => e!["event"]!.GetValue<string>() == "Resumed");
        var completed = journal["items"]!.AsArray().First(e => e!["activityId"]?.GetValue<string>() == "a1" && e["event"]!.GetValue<string>() == "Completed")!;
        Assert.Equal((1L, "Elsa.WriteLine", "Received", "Done"), (journal["items"]![0]!["sequence"]!.GetValue<long>(), completed["activityType"]!.GetValue<string>(),
            completed["activityName"]!.GetValue<string>(), completed["outcomes"]![0]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_document_review_fixture_round_trips_and_cannot_be_published_because_of_its_unknown_activity(DatabaseKind kind)
    {
        await using var api = await WorkflowApiClient.CreateAsync(kind);
        var original = JsonNode.Parse(WorkflowApiClient.Fixture("elsa-document-review.json"))!.AsObject();

        var (imported, _) = await api.PostAsync("/definitions/import", original);
        var (_, exported) = await api.GetAsync("/definitions/acme-document-review/export");
        var (publish, problem) = await api.PostAsync("/definitions/acme-document-review/publish");

        Assert.Equal(HttpStatusCode.Created, imported);
        original["isPublished"] = false;
        Assert.True(JsonNode.DeepEquals(original, exported), exported!.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, publish);
        var error = problem!["errors"]!.AsArray().Single()!;
        Assert.Equal("a000000000000002", error["activityId"]!.GetValue<string>());
        Assert.Contains("Acme.ReviewDocument", error["message"]!.GetValue<string>());
        Assert.Contains("ReviewDocument1", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite, """{"root": {"activities": [{"id": "a", "type": "Elsa.WriteLine",, }]}}""", "$.root.activities[0]")]
    [InlineData(DatabaseKind.Postgres, """{"root": {"activities": [{"type": "Elsa.WriteLine"}]}}""", "$.root.activities[0].id")]
    [InlineData(DatabaseKind.Sqlite, """{"root": {"activities": [], "connections": [{"source": {"port": "Done"}, "target": "x"}]}}""", "$.root.connections[0].source.activity")]
    public async Task A_malformed_definition_is_refused_with_a_problem_naming_the_JSON_path(DatabaseKind kind, string json, string path)
    {
        await using var api = await WorkflowApiClient.CreateAsync(kind);

        var (status, problem) = await api.PostAsync("/definitions", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(path, problem!["jsonPath"]!.GetValue<string>());
        Assert.Contains(path, problem["detail"]!.GetValue<string>());
        Assert.Equal(400, problem["status"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_script_that_loops_forever_becomes_an_incident_and_the_host_stays_responsive(DatabaseKind kind)
    {
        // Only the wall-clock limit stops this loop, so it holds its burst for whole seconds.
        await using var api = await WorkflowApiClient.CreateAsync(kind, settings: new Dictionary<string, string?>
        {
            ["Workflows:Scripts:Timeout"] = "00:00:04",
            ["Workflows:Scripts:MaxStatements"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
        });
        await api.PublishAsync(Approval.Replace("'Approved for ' + getInput('Applicant')", "while (true) {}").Replace("\"approval\"", "\"spin\""));
        var started = await api.StartAsync("spin");
        var id = started["id"]!.GetValue<string>();

        var resume = api.PostAsync("/events/approved", new JsonObject());
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var (other, _) = await api.GetAsync("/descriptors/activities");
        Assert.Equal(HttpStatusCode.OK, other);
        Assert.False(resume.IsCompleted, "another request was answered only after the looping script gave up");
        await resume;

        var (_, instance) = await api.GetAsync($"/instances/{id}");
        Assert.Equal("Faulted", instance!["status"]!.GetValue<string>());
        var incident = instance["incidents"]!.AsArray().Single()!;
        Assert.Equal("a3", incident["activityId"]!.GetValue<string>());
        Assert.Contains("'Done' (id a3, Elsa.WriteLine)", incident["message"]!.GetValue<string>());
        var (retry, retried) = await api.PostAsync($"/instances/{id}/incidents/retry");
        Assert.Equal(HttpStatusCode.OK, retry);
        Assert.Equal("Faulted", retried!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Cancel_retract_and_revert_work_through_the_API(DatabaseKind kind)
    {
        await using var api = await WorkflowApiClient.CreateAsync(kind);
        await api.PublishAsync(Approval);
        var id = (await api.StartAsync("approval"))["id"]!.GetValue<string>();

        var (_, cancelled) = await api.PostAsync($"/instances/{id}/cancel");
        var (again, problem) = await api.PostAsync($"/instances/{id}/cancel");
        Assert.Equal("Cancelled", cancelled!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal(409, problem!["status"]!.GetValue<int>());

        var (retracted, _) = await api.PostAsync("/definitions/approval/retract");
        var (start, noVersion) = await api.PostAsync("/instances", new JsonObject { ["definitionId"] = "approval" });
        Assert.Equal(HttpStatusCode.OK, retracted);
        Assert.Equal(HttpStatusCode.NotFound, start);
        Assert.Contains("no published version", noVersion!["detail"]!.GetValue<string>());

        var (reverted, draft) = await api.PostAsync("/definitions/approval/revert/1");
        Assert.Equal(HttpStatusCode.OK, reverted);
        Assert.Equal(2, draft!["version"]!.GetValue<int>());
        var (_, latest) = await api.GetAsync("/definitions/approval");
        var (_, first) = await api.GetAsync("/definitions/approval?version=1");
        Assert.Equal((2, 1), (latest!["version"]!.GetValue<int>(), first!["version"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Bad_requests_and_unknown_ids_are_problem_details(DatabaseKind kind)
    {
        await using var api = await WorkflowApiClient.CreateAsync(kind);

        var (missing, notFound) = await api.GetAsync("/instances/nope");
        var (noId, badRequest) = await api.PostAsync("/instances", new JsonObject { ["input"] = 3 });
        var (broken, malformed) = await api.PostAsync("/stimuli", "{\"name\": \"x\", \"payload\": [1,}");

        Assert.Equal((HttpStatusCode.NotFound, 404), (missing, notFound!["status"]!.GetValue<int>()));
        Assert.Equal((HttpStatusCode.BadRequest, "$.definitionId"), (noId, badRequest!["jsonPath"]!.GetValue<string>()));
        Assert.Equal((HttpStatusCode.BadRequest, "$.payload"), (broken, malformed!["jsonPath"]!.GetValue<string>()[..9]));
    }

    [Fact]
    public async Task Outside_Development_the_workflow_API_asks_for_sign_in_refuses_a_citizen_and_serves_a_methodologist()
    {
        await using var api = await WorkflowApiClient.CreateAsync(DatabaseKind.Sqlite, environment: "Production");
        var accounts = new TestAccounts(api.Host);
        var citizen = accounts.ApiClient(await accounts.CitizenAsync("wf.citizen@example.com"));
        var methodologist = accounts.ApiClient(await accounts.StaffAsync("wf.methodologist", CnapRoles.Methodologist));

        var (anonymous, _) = await api.GetAsync("/descriptors/activities");
        var refused = await citizen.GetAsync("/api/workflows/descriptors/activities");
        var hidden = await citizen.GetAsync("/api/workflows/instances/nope");
        var served = await methodologist.GetAsync("/api/workflows/descriptors/activities");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task In_Development_anonymous_tools_still_reach_the_workflow_API_but_a_signed_in_citizen_meets_the_policy()
    {
        await using var api = await WorkflowApiClient.CreateAsync(DatabaseKind.Sqlite);
        var accounts = new TestAccounts(api.Host);
        var citizen = accounts.ApiClient(await accounts.CitizenAsync("wf.dev-citizen@example.com"));

        var (anonymous, _) = await api.GetAsync("/descriptors/activities");

        Assert.Equal(HttpStatusCode.OK, anonymous);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/api/workflows/descriptors/activities")).StatusCode);
    }
}
