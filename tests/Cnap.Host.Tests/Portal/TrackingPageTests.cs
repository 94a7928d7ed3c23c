using System.Net;
using Cnap.Domain.Cases;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;

namespace Cnap.Host.Tests.Portal;

/// <summary>The public tracking page at /t/{code}: what it shows of a case, what it never shows, and its expected dates.</summary>
public sealed class TrackingPageTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_case_is_tracked_by_its_printed_code_with_its_due_date_next_steps_and_no_personal_data(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["advertising"]);

        // Typed as printed, with a space and a lower-case look-alike dash: normalised and redirected to the clean address.
        var response = await host.Client.GetAsync($"/t/{registered.TrackingCode.Replace("-", " ", StringComparison.Ordinal)}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith($"/t/{registered.TrackingCode.Replace("-", "", StringComparison.Ordinal)}", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($"Справа {registered.TrackingCode}", html);
        Assert.Contains("Дозвіл на розміщення зовнішньої реклами", html);
        Assert.Contains("3 березня 2025", html);
        // Ten working days from Monday 3 March: the last day is Monday 17 March.
        Assert.Contains("data-testid=\"due\">17 березня 2025", Squeezed(html));
        Assert.Contains("Погодження з управлінням архітектури", html);
        Assert.Contains("Рішення і результат готові до видачі", html);
        Assert.Contains("ЦНАП Тестової міської ради", html);
        foreach (var personal in new[] { "Шевченко", "Олександра", CaseApi.ApplicantTaxNumber, "123 45 67", "1234567", "o.shevchenko", registered.Number })
            Assert.DoesNotContain(personal, html);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task While_a_clarification_is_open_the_clock_shows_as_stopped_and_the_due_date_moves_once_answered(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["generic"]);
        var review = await host.Api.OpenTaskAsync(registered.Id, "Розгляд");
        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 4, 11, 0));
        await host.Api.AskClarificationAsync(review.Id, "додайте копію технічного паспорта");

        var paused = await host.Client.GetStringAsync($"/t/{registered.TrackingCode}");
        Assert.Contains("Строк розгляду зупинено", paused);
        Assert.Contains("З 4 березня 2025", paused);
        Assert.DoesNotContain("data-testid=\"next-steps\"", paused);
        // What the officer asked is for the applicant, not for whoever holds the code.
        Assert.DoesNotContain("технічного паспорта", paused);

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 6, 15, 0));
        await host.Api.ClarifyAsync(registered.Id, "Копію додано");
        var resumed = await host.Client.GetStringAsync($"/t/{registered.TrackingCode}");
        Assert.DoesNotContain("Строк розгляду зупинено", resumed);
        Assert.Contains("data-testid=\"due\">19 березня 2025", Squeezed(resumed));
        Assert.Contains("Уточнення надано, строк продовжено", resumed);
    }

    [Fact]
    public async Task A_wrong_check_digit_is_a_field_error_with_a_summary_and_an_unknown_code_a_kind_not_found_page()
    {
        await using var host = await CaseHost.StartAsync(DatabaseKind.Sqlite, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var code = TrackingCode.New().Value;
        var wrong = code[..^1] + (char)('0' + (code[^1] - '0' + 1) % 10);

        var invalid = await host.Client.GetAsync($"/t?code={wrong[..4]}-{wrong[4..8]}-{wrong[8..]}");
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("<title>Помилка: Дізнатися стан справи", html);
        Assert.Contains("<a href=\"#code\">Такого коду не буває", html);
        Assert.Contains("id=\"code-error\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);

        var tooShort = await host.Client.GetStringAsync("/t?code=1234-5678");
        Assert.Contains("Код справи має 12 цифр, а введено 8", tooShort);

        var unknown = await host.Client.GetAsync($"/t/{code}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Справу з таким кодом не знайдено", await unknown.Content.ReadAsStringAsync());
    }

    private static string Squeezed(string html) => System.Text.RegularExpressions.Regex.Replace(html, @"\s+", " ");
}
