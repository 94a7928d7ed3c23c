using Cnap.Host.Cases.Tasks.Deciding;
using Cnap.Host.Cases.Tasks.Reading;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cnap.Host.Cases;
using Cnap.Host.Cases.Reading;
using Cnap.Host.Cases.Registration;

namespace Cnap.Host.Tests.Cases.Support;

/// <summary>The REST API as an integrator calls it; failures keep the problem details for the assertion message.</summary>
public sealed class CaseApi(HttpClient client)
{
    public const string ApplicantTaxNumber = "3034512340";

    public static object Person(bool sms = true, bool email = true) => new
    {
        kind = "Person",
        lastName = "Шевченко",
        firstName = "Олександра",
        patronymic = "Петрівна",
        taxNumber = ApplicantTaxNumber,
        phone = "050 123 45 67",
        email = "o.shevchenko@example.com",
    };

    public static object[] Documents => [new { title = "Заява", form = "Original", sheets = 1 }, new { title = "Копія паспорта", form = "Copy", sheets = 2 }];

    public Task<HttpResponseMessage> PostRegisterAsync(Guid centre, Guid service, string? variant = null, bool sms = true, bool email = true) =>
        client.PostAsJsonAsync("/api/cases", new
        {
            centreId = centre,
            serviceId = service,
            variant,
            channel = "Counter",
            applicant = Person(),
            documents = Documents,
            resultDelivery = "InPerson",
            notifications = new { sms, email },
        }, CaseHost.Json);

    public async Task<RegisteredCase> RegisterAsync(Guid centre, Guid service, string? variant = null, bool sms = true, bool email = true) =>
        await ReadAsync<RegisteredCase>(await PostRegisterAsync(centre, service, variant, sms, email), HttpStatusCode.Created);

    public async Task<CaseDetailsView> CaseAsync(Guid id) =>
        await ReadAsync<CaseDetailsView>(await client.GetAsync($"/api/cases/{id}"), HttpStatusCode.OK);

    /// <summary>The one open task of the case at the given stage.</summary>
    public async Task<TaskView> OpenTaskAsync(Guid caseId, string stageContains)
    {
        var tasks = (await CaseAsync(caseId)).Tasks.Where(t => t.Status is "Assigned" or "InProgress" && t.Stage.Contains(stageContains, StringComparison.Ordinal)).ToList();
        return Assert.Single(tasks);
    }

    public Task<HttpResponseMessage> PostDecisionAsync(Guid taskId, object body) => client.PostAsJsonAsync($"/api/tasks/{taskId}/decision", body, CaseHost.Json);

    public async Task<DecidedTask> ApproveAsync(Guid taskId, string? result = null, string? number = null) =>
        await ReadAsync<DecidedTask>(await PostDecisionAsync(taskId, new
        {
            outcome = "Approved",
            comment = "Погоджено",
            result = result is null ? null : new { title = result, number, issuedOn = (string?)null },
        }), HttpStatusCode.OK);

    public async Task<DecidedTask> RefuseAsync(Guid taskId, string ground, string reasons) =>
        await ReadAsync<DecidedTask>(await PostDecisionAsync(taskId, new { outcome = "Refused", groundCode = ground, comment = reasons }), HttpStatusCode.OK);

    public async Task<DecidedTask> AskClarificationAsync(Guid taskId, string request) =>
        await ReadAsync<DecidedTask>(await PostDecisionAsync(taskId, new { outcome = "Clarification", comment = request }), HttpStatusCode.OK);

    public Task<HttpResponseMessage> PostClarificationAsync(Guid caseId, string answer) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/clarification", new { answer, documents = new[] { new { title = "Уточнена заява", sheets = 1 } } }, CaseHost.Json);

    public async Task<CaseChanged> ClarifyAsync(Guid caseId, string answer) =>
        await ReadAsync<CaseChanged>(await PostClarificationAsync(caseId, answer), HttpStatusCode.OK);

    public Task<HttpResponseMessage> PostIssuanceAsync(Guid caseId) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/issuance", new { method = "InPerson", receivedBy = "Шевченко Олександра Петрівна" }, CaseHost.Json);

    public async Task<CaseChanged> IssueAsync(Guid caseId) => await ReadAsync<CaseChanged>(await PostIssuanceAsync(caseId), HttpStatusCode.OK);

    public Task<HttpResponseMessage> PostClosureAsync(Guid caseId, string closure, string reason) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/{closure}", new { reason }, CaseHost.Json);

    public async Task<CasePage> ListAsync(string query) => await ReadAsync<CasePage>(await client.GetAsync($"/api/cases?{query}"), HttpStatusCode.OK);

    public async Task<List<JournalLine>> JournalAsync(string journal, Guid centre, DateOnly from, DateOnly to) =>
        await ReadAsync<List<JournalLine>>(await client.GetAsync($"/api/cases/journals/{journal}?centre={centre}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"), HttpStatusCode.OK);

    public async Task<TaskPage> TasksAsync(string query) => await ReadAsync<TaskPage>(await client.GetAsync($"/api/tasks?{query}"), HttpStatusCode.OK);

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return System.Text.Json.JsonSerializer.Deserialize<T>(text, CaseHost.Json)!;
    }
}
