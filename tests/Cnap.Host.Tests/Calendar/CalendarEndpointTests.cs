using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cnap.Domain.Calendar;
using Cnap.Host.Calendar;
using Cnap.Host.Data;
using Cnap.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Calendar;

public sealed class CalendarEndpointTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_martial_law_year_lists_its_days_off_and_the_holidays_worked(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);

        var year = await host.CreateClient().GetFromJsonAsync<CalendarYearResponse>("/api/calendar/2025");

        Assert.NotNull(year);
        Assert.Equal((2025, 261, 104, "national"), (year.Year, year.WorkingDays, year.DaysOff, year.Calendar.Kind));
        var regime = Assert.Single(year.Regimes);
        Assert.Equal(("martial-law", new DateOnly(2022, 2, 24), (DateOnly?)null), (regime.Code, regime.EffectiveFrom, regime.EffectiveTo));
        var christmas = year.Days.Single(d => d.Date == new DateOnly(2025, 12, 25));
        Assert.True(christmas.IsWorkingDay);
        var reason = Assert.Single(christmas.Reasons);
        Assert.Equal(("holidayWorkedUnderRegime", "Різдво Христове", "Christmas", "martial-law"), (reason.Kind, reason.NameUk, reason.NameEn, reason.Regime));
        Assert.Contains("martial law", reason.NoteEn);
        var saturday = year.Days.Single(d => d.Date == new DateOnly(2025, 3, 8));
        Assert.Equal(["restDay", "holidayWorkedUnderRegime"], saturday.Reasons.Select(r => r.Kind));
        Assert.Equal("Вихідний день", saturday.Reasons[0].NameUk);
        Assert.Equal(104, year.Days.Count(d => !d.IsWorkingDay));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_day_off_moved_before_martial_law_names_its_holiday(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);

        var year = await host.CreateClient().GetFromJsonAsync<CalendarYearResponse>("/api/calendar/2022");

        var moved = year!.Days.Single(d => d.Date == new DateOnly(2022, 1, 3));
        Assert.False(moved.IsWorkingDay);
        var reason = Assert.Single(moved.Reasons);
        Assert.Equal(("movedDayOff", "new-year", new DateOnly(2022, 1, 1)), (reason.Kind, reason.Code, reason.MovedFrom));
        Assert.Contains("Новий рік", reason.NameUk);
        Assert.Contains("New Year's Day", reason.NameEn);
        Assert.False(year.Days.Single(d => d.Date == new DateOnly(2022, 1, 7)).IsWorkingDay);
        Assert.True(year.Days.Single(d => d.Date == new DateOnly(2022, 3, 8)).IsWorkingDay);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_organisation_calendar_stored_in_the_database_is_served_on_top_of_the_national_one(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        var client = host.CreateClient();
        await StoreSaturdayCentreAsync(host, "cnap-7");

        var year = await client.GetFromJsonAsync<CalendarYearResponse>("/api/calendar/2025?organisation=cnap-7");

        Assert.Equal(("organisation", "ЦНАП № 7", "cnap-7"), (year!.Calendar.Kind, year.Calendar.NameUk, year.Organisation));
        Assert.DoesNotContain(year.Days, d => d.Date == new DateOnly(2025, 3, 15));
        var cleaning = year.Days.Single(d => d.Date == new DateOnly(2025, 3, 4));
        Assert.Equal(("overrideDayOff", "Cleaning day"), (cleaning.Reasons.Single().Kind, cleaning.Reasons.Single().NameEn));
        Assert.Equal(261 + 52 - 1, year.WorkingDays);
        var national = await client.GetFromJsonAsync<CalendarYearResponse>("/api/calendar/2025");
        Assert.Equal(261, national!.WorkingDays);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_year_without_data_is_refused_with_problem_details_naming_year_and_organisation(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);

        var response = await host.CreateClient().GetAsync("/api/calendar/2031?organisation=cnap-9&culture=en&ui-culture=en");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.Contains("2031", detail);
        Assert.Contains("organisation 'cnap-9'", detail);
        Assert.Equal(2031, problem.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("cnap-9", problem.RootElement.GetProperty("organisation").GetString());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("10000")]
    public async Task A_year_that_is_not_a_year_is_a_bad_request(string year)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(database);

        var response = await host.CreateClient().GetAsync($"/api/calendar/{year}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(year, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Problem_details_speak_Ukrainian_by_default()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(database);

        var body = await host.CreateClient().GetStringAsync("/openapi/v1.json");
        var refused = await host.CreateClient().GetAsync("/api/calendar/2040");

        Assert.Contains("/api/calendar/{year}", body);
        Assert.Contains("загальнодержавний", await refused.Content.ReadAsStringAsync());
    }

    internal static async Task StoreSaturdayCentreAsync(CnapHostFactory host, string organisationId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        db.Add(new OrganisationCalendar { OrganisationId = organisationId, NameUk = "ЦНАП № 7", NameEn = "Centre No. 7" });
        db.Add(new WorkWeek
        {
            OrganisationId = organisationId,
            EffectiveFrom = new DateOnly(2022, 1, 1),
            WorkingDays = Weekdays.Monday | Weekdays.Tuesday | Weekdays.Wednesday | Weekdays.Thursday | Weekdays.Friday | Weekdays.Saturday,
        });
        db.Add(new DayOverride
        {
            OrganisationId = organisationId, Date = new DateOnly(2025, 3, 4), Kind = DayOverrideKind.DayOff,
            ReasonUk = "Санітарний день", ReasonEn = "Cleaning day",
        });
        await db.SaveChangesAsync();
    }
}
