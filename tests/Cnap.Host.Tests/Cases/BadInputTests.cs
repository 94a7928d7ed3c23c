using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cnap.Domain.Cases;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Tests.Cases;

/// <summary>Hostile input gets a 400 problem naming the field, and nothing is stored; never a server error.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Names_and_titles_that_are_not_plain_text_are_refused_by_field_and_nothing_is_stored(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3));
        var service = host.World.Services["advertising"];
        object Applicant(string last, string first = "Олександра") => new
        {
            kind = "Person", lastName = last, firstName = first, patronymic = "Петрівна",
            taxNumber = CaseApi.ApplicantTaxNumber, phone = "050 123 45 67", email = "o.shevchenko@example.com",
        };
        object Body(object applicant, object[]? documents = null, string channel = "Counter") => new
        {
            centreId = host.World.CentreId, serviceId = service, channel, applicant,
            documents = documents ?? CaseApi.Documents, resultDelivery = "InPerson", notifications = new { sms = false, email = false },
        };

        (object Body, string Field)[] hostile =
        [
            (Body(Applicant("Шев\0ченко")), "applicant"),
            (Body(Applicant(new string('Ш', 101))), "applicant"),
            (Body(Applicant("\u200B\u200B")), "applicant"),
            (Body(Applicant("\u202EокнечвеШ")), "applicant"),
            (Body(Applicant("Шевченко", "😀Олександра")), "applicant"),
            (Body(Applicant("Шевченко"), [new { title = "Заява\0", form = "Original", sheets = 1 }]), "documents[0].title"),
            (Body(Applicant("Шевченко"), channel: "Counter, Online"), "channel"),
        ];
        foreach (var (body, field) in hostile)
        {
            var response = await host.Client.PostAsJsonAsync("/api/cases", body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named: {problem.RootElement}");
        }
        Assert.Equal(0, await host.InScopeAsync((_, db) => db.Set<Case>().CountAsync()));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_page_beyond_any_list_is_a_bad_request_naming_the_page(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3));

        foreach (var list in new[] { "/api/cases", "/api/tasks" })
        {
            var response = await host.Client.GetAsync($"{list}?page=2147483647&pageSize=500");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("\"page\"", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_definition_with_a_NUL_in_its_id_or_a_description_over_the_limit_is_refused_naming_the_field(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3));
        string Flow(string id, string description) => JsonSerializer.Serialize(new
        {
            definitionId = id, name = id, description,
            root = new { type = "Elsa.Flowchart", id = "root", activities = Array.Empty<object>(), connections = Array.Empty<object>() },
        });

        var nul = await host.Client.PostAsync("/api/workflows/definitions", new StringContent(Flow("bad\0id", "x"), System.Text.Encoding.UTF8, "application/json"));
        var huge = await host.Client.PostAsync("/api/workflows/definitions", new StringContent(Flow("big", new string('x', 5000)), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Contains("$.definitionId", await nul.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("$.description", await huge.Content.ReadAsStringAsync());
    }
}
