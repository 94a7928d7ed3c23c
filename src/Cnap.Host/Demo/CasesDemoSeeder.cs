using Cnap.Domain;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Host.Cases;
using Cnap.Host.Data;
using Cnap.Workflows.Timers;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Demo;

/// <summary>
/// Plays <see cref="CasesDemoPlan"/> in time order on <see cref="CasesDemoClock"/>: each step is a real command in its
/// own scope and transaction, and due timers are swept before it, as the sweeper would. A case whose step is refused
/// (its service missing from the catalogue, say) is left where it stopped and the rest goes on.
/// </summary>
internal sealed class CasesDemoSeeder(
    IServiceScopeFactory scopes, CasesDemoClock clock, IWorkingCalendarSource calendars, ILogger<CasesDemoSeeder> logger) : IStartupSeeder
{
    /// <summary>After the cards are linked to services (850).</summary>
    public int Order => 900;

    public bool IsDemoData => true;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<Case>().AnyAsync(cancellationToken))
            return;
        var calendar = await calendars.CalendarForAsync(null, cancellationToken);
        var now = clock.RealNow;
        var steps = CasesDemoPlan.Cases
            .SelectMany(c => c.Steps.Select((step, index) => (Case: c, Step: step, At: When(calendar, now, step), Index: index)))
            .OrderBy(s => s.At).ThenBy(s => s.Index)
            .ToList();
        var player = new CasesDemoPlayer(scopes);
        var stopped = new HashSet<string>();
        try
        {
            foreach (var (demo, step, at, _) in steps.Where(s => s.At < now))
            {
                if (stopped.Contains(demo.Key))
                    continue;
                clock.MoveTo(at);
                await SweepAsync(cancellationToken);
                try
                {
                    await player.PlayAsync(demo, step, cancellationToken);
                }
                catch (Exception e) when (e is DomainException or CaseNotFoundException)
                {
                    stopped.Add(demo.Key);
                    logger.LogWarning("Demo case {Case} ({Service}) stops at {Step}: {Reason}", demo.Key, demo.Service, step.GetType().Name, e.Message);
                }
            }
        }
        finally
        {
            clock.Reset();
        }
        await SweepAsync(cancellationToken);
        logger.LogInformation("Demo: {Count} cases played through their technological cards", player.Registered);
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sweeper = scope.ServiceProvider.GetRequiredService<TimerSweeper>();
        while (await sweeper.SweepAsync(cancellationToken) > 0)
        {
        }
    }

    /// <summary>
    /// A past working day at a local hour; today's steps fall in the last two hours, in their order, so that nothing
    /// happens in the future whenever the demo is seeded — and never before local midnight, so that a case registered
    /// "today" is still today's (a card that dispatches at the end of the registration day has not yet done so).
    /// </summary>
    private static DateTimeOffset When(WorkingCalendar calendar, DateTimeOffset now, DemoStep step)
    {
        if (step.DaysBack == 0)
        {
            var midnight = UkraineTime.ToLocal(now).Date;
            var startOfToday = new DateTimeOffset(midnight, UkraineTime.Zone.GetUtcOffset(midnight));
            var from = now.AddMinutes(-120) > startOfToday ? now.AddMinutes(-120) : startOfToday;
            return from + (now - from) * ((step.Hour - 8) * 10 / 120.0);
        }
        var day = DateOnly.FromDateTime(UkraineTime.ToLocal(now));
        for (var back = 0; back < step.DaysBack;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
                back++;
        }
        var local = day.ToDateTime(new TimeOnly(step.Hour, 0));
        return new DateTimeOffset(local, UkraineTime.Zone.GetUtcOffset(local));
    }
}
