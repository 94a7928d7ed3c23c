using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cnap.Host.Catalogue.Api;
using Cnap.Testing;

namespace Cnap.Host.Tests.Catalogue;

public sealed class ServiceCardApiTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_service_comes_with_its_whole_information_card_and_its_published_technological_card(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);

        var card = await host.CreateClient().GetFromJsonAsync<ServiceCardResponse>("/api/catalogue/services/outdoor-advertising-permit");

        Assert.NotNull(card);
        Assert.Equal(("01117", "Видача дозволу на розміщення зовнішньої реклами", "PERMITS", "business"),
            (card.RegisterCode, card.Name, card.Category.Code, card.Audience));
        Assert.Contains(card.Documents, d => d.Name.StartsWith("Ескіз рекламного засобу", StringComparison.Ordinal) && d.Form == "original" && d.FormText == "оригінал");
        Assert.Contains(card.Documents, d => !d.IsMandatory);
        Assert.Equal("Дозвіл на розміщення зовнішньої реклами або письмова відмова.", card.Result);
        Assert.Contains(card.LegalActs, a => a.Title.Contains("Про рекламу", StringComparison.Ordinal) && a.Provision == "ст. 16");
        var variant = Assert.Single(card.Variants);
        Assert.Equal(("normal", 10, "workingDays", "10 робочих днів", true, "безоплатно"),
            (variant.Kind, variant.Term.Value, variant.Term.Unit, variant.Term.Text, variant.Fee.IsFree, variant.Fee.Text));
        var negative = card.RefusalGrounds.Single(g => g.Code == "NEGATIVE_OPINION");
        Assert.Contains("ст. 4-1", negative.LegalReference);
        Assert.True(card.SilentConsent);
        Assert.False(string.IsNullOrWhiteSpace(card.AppealProcedure));
        Assert.NotNull(card.TechnologicalCard);
        Assert.Equal(("cnap-outdoor-advertising-permit", 1), (card.TechnologicalCard.Id, card.TechnologicalCard.Version));
        Assert.False(string.IsNullOrWhiteSpace(card.TechnologicalCard.Name));
        Assert.Contains(card.TechnologicalCard.Stages, s => s.Name == "Погодження з управлінням архітектури" && s.Action == "П" && s.ActionText == "погоджує" && s.Term?.Text == "5 робочих днів");
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Terms_and_fees_are_worded_in_the_language_of_the_request(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);

        var card = await host.CreateClient().GetFromJsonAsync<ServiceCardResponse>("/api/catalogue/services/id-card?culture=en");

        Assert.Equal(
            [("normal", "20 working days", "UAH 372"), ("urgent", "10 working days", "UAH 498")],
            card!.Variants.Select(v => (v.Kind, v.Term.Text, v.Fee.Text)));
        Assert.Equal("For citizens", card.AudienceText);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_unknown_code_is_a_not_found_problem(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);

        var response = await host.CreateClient().GetAsync("/api/catalogue/services/no-such-service");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Послугу не знайдено", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("no-such-service", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal("no-such-service", problem.RootElement.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_catalogue_stays_open_to_anonymous_callers_while_the_rest_of_the_api_requires_sign_in(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        host.Settings["Access:RequireAuthenticatedApi"] = "true";
        var client = host.CreateClient(new() { AllowAutoRedirect = false });

        var cases = await client.GetAsync("/api/cases");
        var categories = await client.GetAsync("/api/catalogue/categories");
        var services = await client.GetAsync("/api/catalogue/services?q=" + Uri.EscapeDataString("реєстрація"));
        var card = await client.GetAsync("/api/catalogue/services/residence-registration");
        var missing = await client.GetAsync("/api/catalogue/services/no-such-service");

        Assert.Equal(HttpStatusCode.Unauthorized, cases.StatusCode);
        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound],
            new[] { categories.StatusCode, services.StatusCode, card.StatusCode, missing.StatusCode });
    }
}
