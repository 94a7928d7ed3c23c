using System.Net;
using System.Net.Http.Json;
using Cnap.Host.Access;
using Cnap.Host.Identity;
using Cnap.Host.Identity.ApiKeys;
using Cnap.Host.Tests.Identity;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Access;

/// <summary>A key does what its scopes name and nothing else, whoever its account is; it never opens a page.</summary>
public sealed class ApiKeyScopeTests(ScopeWorld world) : IClassFixture<ScopeWorld>
{
    private const string Draft = """{"definitionId":"key-probe","name":"key-probe","root":{"type":"Elsa.Flowchart","id":"root","activities":[],"connections":[]}}""";

    [Fact]
    public async Task A_system_administrators_key_for_the_catalogue_neither_designs_nor_runs_cards()
    {
        var key = await KeyAsync("key.catalogue", ApiScopes.CatalogueRead);
        var instance = world.RequireInstance();

        Assert.Equal(HttpStatusCode.Forbidden, (await key.PostAsync("/api/workflows/definitions", Json(Draft))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await key.PostAsync("/api/workflows/definitions/residence-registration/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await key.GetAsync("/api/workflows/definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await key.PostAsJsonAsync("/api/workflows/stimuli", new { name = "Elsa.Event", payload = new { eventName = "x" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await key.GetAsync($"/api/workflows/instances/{instance}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await key.PostAsync($"/api/workflows/instances/{instance}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await key.GetAsync("/api/catalogue/categories")).StatusCode);
        Assert.Null(await DefinitionAsync("key-probe"));
    }

    [Fact]
    public async Task A_key_to_read_cards_reads_them_and_changes_nothing()
    {
        var key = await KeyAsync("key.workflows-read", ApiScopes.WorkflowsRead);

        Assert.Equal(HttpStatusCode.OK, (await key.GetAsync("/api/workflows/definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await key.PostAsync("/api/workflows/definitions", Json(Draft))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await key.PostAsJsonAsync("/api/workflows/stimuli", new { name = "Elsa.Event" })).StatusCode);
    }

    [Theory]
    [InlineData("/desk")]
    [InlineData("/studio")]
    public async Task A_key_with_every_scope_opens_no_page(string page)
    {
        var key = await KeyAsync("key.pages" + page.Replace('/', '.'), ApiScopes.All);

        var response = await key.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/login", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_cases_run_is_not_cancelled_through_the_engine()
    {
        await using var find = world.Host.Services.CreateAsyncScope();
        var instance = await find.ServiceProvider.GetRequiredService<WorkflowDbContext>().Instances.AsNoTracking()
            .Where(i => i.CorrelationId != null && i.Status == WorkflowStatus.Suspended).Select(i => i.Id).FirstAsync();

        var response = await world.SendAsync(world.Methodologist, HttpMethod.Post, $"/api/workflows/instances/{instance}/cancel");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await using var scope = world.Host.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Instances.AsNoTracking().SingleAsync(i => i.Id == instance);
        Assert.NotEqual(WorkflowStatus.Cancelled, run.Status);
    }

    [Fact]
    public async Task The_access_log_names_a_provider_officers_organisation()
    {
        var caseId = world.RequireCase();
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(world.TaskProviderHead, HttpMethod.Get, $"/api/cases/{caseId}")).StatusCode);

        var log = await (await world.SendAsync(world.CentreHead, HttpMethod.Get, $"/api/cases/{caseId}/access-log")).Content.ReadAsStringAsync();

        await using var scope = world.Host.Services.CreateAsyncScope();
        var provider = await scope.ServiceProvider.GetRequiredService<Cnap.Host.Data.CnapDbContext>().Set<Cnap.Domain.Providers.Provider>()
            .Where(p => p.Id == world.TaskProviderId).Select(p => p.Name).SingleAsync();
        var organisations = System.Text.Json.JsonDocument.Parse(log).RootElement.EnumerateArray().Select(l => l.GetProperty("centre").GetString()).ToList();
        Assert.Contains(provider, organisations);
        Assert.DoesNotContain(organisations, o => o?.StartsWith("Provider:", StringComparison.Ordinal) == true);
    }

    private async Task<HttpClient> KeyAsync(string login, params string[] scopes)
    {
        var admin = await new TestAccounts(world.Host).StaffAsync(login, CnapRoles.SystemAdmin);
        await using var scope = world.Host.Services.CreateAsyncScope();
        var (_, token) = await scope.ServiceProvider.GetRequiredService<ApiKeyIssuer>().IssueAsync(admin.UserId, "narrow", scopes, null, CancellationToken.None);
        var client = world.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.HeaderName, token);
        return client;
    }

    private async Task<WorkflowDefinitionRecord?> DefinitionAsync(string id)
    {
        await using var scope = world.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.DefinitionId == id);
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
