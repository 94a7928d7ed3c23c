using System.Text.Json.Nodes;
using Cnap.Host.Tests.Identity;

namespace Cnap.Host.Tests.Access;

/// <summary>
/// Proofs for the case and task routes. Reads are also tried by an insider (not 404), so the outsiders' 404 comes
/// from the scope and not from a wrong address; changes are only tried by outsiders, whose calls must change nothing.
/// </summary>
public sealed class CaseRouteScopeTests(ScopeWorld world) : IClassFixture<ScopeWorld>
{
    [Fact]
    [ProvesOutOfScope("GET", "/api/cases/{id:guid}")]
    public async Task A_case_is_not_found_outside_its_centre_region_and_providers()
    {
        var url = $"/api/cases/{world.RequireCase()}";

        await world.AssertOutsidersGet404Async(HttpMethod.Get, url);
        await world.AssertReachableAsync(world.CentreAdministrator, HttpMethod.Get, url);
    }

    [Fact]
    public async Task A_provider_sees_the_case_without_the_applicants_contacts_and_without_other_providers_tasks()
    {
        var url = $"/api/cases/{world.RequireCase()}";

        var whole = await ReadAsync(world.CentreAdministrator, url);
        var reduced = await ReadAsync(world.TaskProviderHead, url);

        Assert.Equal(whole["applicant"]!["name"]!.GetValue<string>(), reduced["applicant"]!["name"]!.GetValue<string>());
        Assert.True(whole["applicant"]!["phone"] is not null || whole["applicant"]!["email"] is not null, "the demo applicant has no contact to hide");
        Assert.Null(reduced["applicant"]!["phone"]);
        Assert.Null(reduced["applicant"]!["email"]);
        Assert.Null(reduced["applicant"]!["address"]);
        var provider = world.TaskProviderId.ToString();
        var theirs = whole["tasks"]!.AsArray().Count(t => t!["providerId"]!.GetValue<string>() == provider);
        Assert.True(theirs > 0);
        Assert.Equal(theirs, reduced["tasks"]!.AsArray().Count);
        Assert.All(reduced["tasks"]!.AsArray(), t => Assert.Equal(provider, t!["providerId"]!.GetValue<string>()));
        Assert.Null(reduced["workflow"]);
        Assert.All(reduced["timeline"]!.AsArray(), i => Assert.Equal("case", i!["source"]!.GetValue<string>()));
    }

    private async Task<JsonNode> ReadAsync(TestAccounts.Account who, string url)
    {
        var response = await world.SendAsync(who, HttpMethod.Get, url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!;
    }

    [Fact]
    [ProvesOutOfScope("GET", "/api/cases/{caseId:guid}/access-log")]
    public async Task Access_log_of_a_case_is_not_found_for_outsiders_and_readable_by_its_head_and_applicant()
    {
        var url = $"/api/cases/{world.RequireCase()}/access-log";

        await world.AssertOutsidersGet404Async(HttpMethod.Get, url);
        await world.AssertReachableAsync(world.CentreHead, HttpMethod.Get, url);
        await world.AssertReachableAsync(world.Applicant, HttpMethod.Get, url);
    }

    [Fact]
    [ProvesOutOfScope("POST", "/api/cases/{id:guid}/clarification")]
    [ProvesOutOfScope("POST", "/api/cases/{id:guid}/issuance")]
    [ProvesOutOfScope("POST", "/api/cases/{id:guid}/withdrawal")]
    [ProvesOutOfScope("POST", "/api/cases/{id:guid}/cancellation")]
    public async Task Outsiders_cannot_act_on_a_case_and_are_told_it_does_not_exist()
    {
        var id = world.RequireCase();

        await world.AssertOutsidersGet404Async(HttpMethod.Post, $"/api/cases/{id}/clarification", new { answer = "Додаю довідку", documents = Array.Empty<object>() });
        await world.AssertOutsidersGet404Async(HttpMethod.Post, $"/api/cases/{id}/issuance", new { method = "InPerson", receivedBy = "Сторонній" });
        await world.AssertOutsidersGet404Async(HttpMethod.Post, $"/api/cases/{id}/withdrawal", new { reason = "Не моя справа" });
        await world.AssertOutsidersGet404Async(HttpMethod.Post, $"/api/cases/{id}/cancellation", new { reason = "Не моя справа" });
        await world.AssertReachableAsync(world.CentreAdministrator, HttpMethod.Get, $"/api/cases/{id}");
    }

    [Fact]
    [ProvesOutOfScope("GET", "/api/tasks/{id:guid}")]
    [ProvesOutOfScope("POST", "/api/tasks/{id:guid}/decision")]
    public async Task A_task_is_not_found_outside_the_provider_holding_it()
    {
        var id = world.RequireTask();

        await world.AssertOutsidersGet404Async(HttpMethod.Get, $"/api/tasks/{id}");
        await world.AssertOutsidersGet404Async(HttpMethod.Post, $"/api/tasks/{id}/decision", new { outcome = "Clarification", comment = "Не мій суб'єкт" });
        await world.AssertReachableAsync(world.TaskProviderHead, HttpMethod.Get, $"/api/tasks/{id}");
    }
}
