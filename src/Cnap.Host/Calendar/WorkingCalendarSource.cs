using System.Collections.Concurrent;
using Cnap.Domain.Calendar;
using Cnap.Host.Calendar.Persistence;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Calendar;

/// <summary>
/// Serves calendars for deadline counting from one snapshot of the rules, re-read after
/// <see cref="CalendarOptions.CacheDuration"/>: a region counts thousands of deadlines on the same few rows.
/// </summary>
internal sealed class WorkingCalendarSource(
    IDbContextFactory<CnapDbContext> contexts,
    IOptions<CalendarOptions> options,
    TimeProvider clock) : IWorkingCalendarSource
{
    private readonly DeadlineSettings settings = options.Value.ToDeadlineSettings();
    private Snapshot? current;

    public async ValueTask<WorkingCalendar> CalendarForAsync(string? organisationId, CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        var key = organisationId?.Trim() ?? "";
        return snapshot.Calendars.GetOrAdd(key, snapshot.National.For);
    }

    public async ValueTask<DeadlineCalculator> DeadlinesForAsync(string? organisationId, CancellationToken cancellationToken = default) =>
        new(await CalendarForAsync(organisationId, cancellationToken), settings);

    private async ValueTask<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var snapshot = Volatile.Read(ref current);
        if (snapshot is not null && now - snapshot.LoadedAt < options.Value.CacheDuration)
            return snapshot;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rules = await CalendarRulesQuery.LoadAsync(db, null, allOrganisations: true, cancellationToken);
        snapshot = new Snapshot(WorkingCalendar.Create(rules), now);
        Volatile.Write(ref current, snapshot);
        return snapshot;
    }

    private sealed record Snapshot(WorkingCalendar National, DateTimeOffset LoadedAt)
    {
        public ConcurrentDictionary<string, WorkingCalendar> Calendars { get; } = new();
    }
}
