using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Cnap.Testing;

namespace Cnap.Host.Tests.Workflows;

/// <summary>The host over a fresh database and a client for /api/workflows.</summary>
public sealed class WorkflowApiClient : IAsyncDisposable
{
    private readonly TestDatabase database;
    private readonly CnapHostFactory host;

    private WorkflowApiClient(TestDatabase database, string environment, IReadOnlyDictionary<string, string?>? settings)
    {
        this.database = database;
        host = new CnapHostFactory(database) { Environment = environment };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            host.Settings[key] = value;
        Http = host.CreateClient();
    }

    public HttpClient Http { get; }

    public CnapHostFactory Host => host;

    public static async Task<WorkflowApiClient> CreateAsync(DatabaseKind kind, string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null) =>
        new(await TestDatabase.CreateAsync(kind), environment, settings);

    /// <summary>Reads an Elsa fixture from the engine's test folder (one copy of the data for both test projects).</summary>
    public static string Fixture(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cnap.sln")))
            directory = directory.Parent;
        return File.ReadAllText(Path.Combine(directory!.FullName, "tests", "Cnap.Workflows.Tests", "Fixtures", relative));
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, "/api/workflows" + path);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text));
    }

    public Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string path, object? body = null) =>
        SendAsync(HttpMethod.Post, path, body switch { null => null, string s => s, JsonNode n => n.ToJsonString(), _ => JsonContent.Create(body).ReadAsStringAsync().Result });

    /// <summary>Imports and publishes a definition; returns its definition id.</summary>
    public async Task<string> PublishAsync(string json)
    {
        var (status, saved) = await PostAsync("/definitions/import", json);
        Assert.Equal(HttpStatusCode.Created, status);
        var definitionId = saved!["definitionId"]!.GetValue<string>();
        var (published, body) = await PostAsync($"/definitions/{definitionId}/publish");
        Assert.True(published == HttpStatusCode.OK, body?.ToJsonString());
        return definitionId;
    }

    public async Task<JsonNode> StartAsync(string definitionId, JsonObject? input = null)
    {
        var (status, body) = await PostAsync("/instances", new JsonObject { ["definitionId"] = definitionId, ["input"] = input });
        Assert.True(status == HttpStatusCode.Created, body?.ToJsonString());
        return body!;
    }

    public async Task<List<string>> LinesAsync(string instanceId)
    {
        var (_, journal) = await GetAsync($"/instances/{instanceId}/journal");
        return journal!["items"]!.AsArray().Where(e => e!["activityType"]?.GetValue<string>() == "Elsa.WriteLine" && e["event"]!.GetValue<string>() == "Completed")
            .Select(e => e!["text"]!.GetValue<string>()).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await host.DisposeAsync();
        await database.DisposeAsync();
    }
}
