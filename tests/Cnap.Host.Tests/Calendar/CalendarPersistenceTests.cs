using Cnap.Domain.Calendar;
using Cnap.Domain.Calendar.Seed;
using Cnap.Host.Data;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Calendar;

public sealed class CalendarPersistenceTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Start_up_seeds_the_national_calendar_once(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        _ = host.Services;
        var seed = NationalCalendarSeed.Load();

        var first = await CountRowsAsync(host);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
            foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>().Where(s => s.GetType().Name == "CalendarSeeder"))
                await seeder.SeedAsync(db, CancellationToken.None);
        }
        var second = await CountRowsAsync(host);

        Assert.Equal((seed.Years.Count, seed.Holidays.Count, seed.Regimes.Count, seed.WorkWeeks.Count, 1, 1, 1), first);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Deadlines_counted_on_the_stored_calendar_meet_the_golden_cases_under_martial_law(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        var source = host.Services.GetRequiredService<IWorkingCalendarSource>();

        var deadlines = await source.DeadlinesForAsync(null);

        var permit = deadlines.Compute(At(deadlines, "2025-03-03"), DeadlineTerm.WorkingDays(10));
        Assert.Equal(new DateOnly(2025, 3, 17), permit.LastDay);
        Assert.Equal(new DateOnly(2025, 3, 31), deadlines.SilentConsentFrom(permit));
        Assert.Equal(new DateOnly(2025, 8, 25), deadlines.Calendar.NextWorkingDay(new DateOnly(2025, 8, 22)));
        Assert.Equal(new DateOnly(2024, 12, 26), deadlines.Calendar.AddWorkingDays(new DateOnly(2024, 12, 24), 2));
        Assert.Equal(new DateOnly(2026, 4, 13), deadlines.Calendar.AddWorkingDays(new DateOnly(2026, 4, 10), 1));
        Assert.Equal(new DateOnly(2025, 3, 3), deadlines.Compute(At(deadlines, "2025-01-31"), DeadlineTerm.Days(30)).LastDay);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Ending_martial_law_in_the_database_gives_the_peacetime_golden_cases(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database) { Settings = { ["Calendar:CacheDuration"] = "00:00:00" } };
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
            await db.Set<CalendarRegime>().Where(r => r.Code == "martial-law").ExecuteDeleteAsync();
        }

        var deadlines = await host.Services.GetRequiredService<IWorkingCalendarSource>().DeadlinesForAsync(null);

        Assert.Equal(new DateOnly(2025, 8, 26), deadlines.Calendar.NextWorkingDay(new DateOnly(2025, 8, 22)));
        Assert.Equal(new DateOnly(2024, 12, 27), deadlines.Calendar.AddWorkingDays(new DateOnly(2024, 12, 24), 2));
        Assert.Equal(new DateOnly(2026, 4, 14), deadlines.Calendar.AddWorkingDays(new DateOnly(2026, 4, 10), 1));
        Assert.Equal(new DateOnly(2025, 3, 18), deadlines.Compute(At(deadlines, "2025-03-03"), DeadlineTerm.WorkingDays(10)).LastDay);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_organisation_deadline_beyond_the_stored_years_is_refused(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        await CalendarEndpointTests.StoreSaturdayCentreAsync(host, "cnap-7");
        var deadlines = await host.Services.GetRequiredService<IWorkingCalendarSource>().DeadlinesForAsync("cnap-7");

        Assert.Equal(new DateOnly(2025, 3, 15), deadlines.Calendar.NextWorkingDay(new DateOnly(2025, 3, 14)));
        var error = Assert.Throws<CalendarDataMissingException>(() => deadlines.Compute(At(deadlines, "2027-12-27"), DeadlineTerm.WorkingDays(10)));
        Assert.Equal((2028, "cnap-7"), (error.Year, error.OrganisationId));
    }

    [Fact]
    public async Task The_open_choices_of_the_law_are_settings()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(database)
        {
            Settings = { ["Calendar:SilentConsentStart"] = "NextDay", ["Calendar:ShiftLastDayOffToWorkingDay"] = "false" },
        };

        var deadlines = await host.Services.GetRequiredService<IWorkingCalendarSource>().DeadlinesForAsync(null);

        Assert.Equal(new DateOnly(2025, 4, 1), deadlines.SilentConsentFrom(new DateOnly(2025, 3, 17)));
        Assert.Equal(new DateOnly(2025, 3, 2), deadlines.Compute(At(deadlines, "2025-01-31"), DeadlineTerm.CalendarDays(30)).LastDay);
    }

    [Fact]
    public async Task An_unknown_time_zone_stops_the_host_with_the_setting_named()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(database) { Settings = { ["Calendar:TimeZone"] = "Mars/Olympus" } };

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Calendar:TimeZone", error.ToString());
    }

    private static DateTimeOffset At(DeadlineCalculator deadlines, string date) =>
        deadlines.StartOfDay(DateOnly.Parse(date)).AddHours(10);

    private static async Task<(int, int, int, int, int, int, int)> CountRowsAsync(CnapHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        return (
            await db.Set<CalendarYear>().CountAsync(),
            await db.Set<HolidayRule>().CountAsync(),
            await db.Set<CalendarRegime>().CountAsync(),
            await db.Set<WorkWeek>().CountAsync(),
            await db.Set<WeekendTransferRule>().CountAsync(),
            await db.Set<TermCountingRule>().CountAsync(),
            await db.Set<SilentConsentRule>().CountAsync());
    }
}
