using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Cnap.Host.Queue.Tickets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Board;

/// <summary>
/// The live board of a centre (people waiting, the longest wait, windows open, served today, per group) and the history
/// that feeds the statistics: waits and service times per group and per administrator, and no-shows, over a period.
/// </summary>
public sealed record GetQueueBoard(Caller Caller, Guid CentreId, int HistoryDays = 30) : IQuery<QueueBoard>;

public sealed record QueueBoard(LiveLine Total, IReadOnlyList<LiveLine> Groups, IReadOnlyList<StatLine> ByGroup, IReadOnlyList<StatLine> ByAdministrator);

public sealed record LiveLine(string Name, int Waiting, TimeSpan LongestWait, int WindowsOpen, int ServedToday);

public sealed record StatLine(string Name, int Served, int NoShows, TimeSpan AverageWait, TimeSpan AverageService);

public sealed class GetQueueBoardHandler(CnapDbContext db, QueueAccess access, TimeProvider clock) : IQueryHandler<GetQueueBoard, QueueBoard>
{
    public async ValueTask<QueueBoard> Handle(GetQueueBoard query, CancellationToken cancellationToken)
    {
        await access.EnsureAsync(query.Caller, query.CentreId, setUp: false, cancellationToken);
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var from = today.AddDays(-query.HistoryDays);
        var groups = await db.Set<ServiceGroup>().AsNoTracking().Where(g => g.CentreId == query.CentreId).OrderBy(g => g.Letter).ToListAsync(cancellationToken);
        var counters = await db.Set<Counter>().AsNoTracking().Where(c => c.CentreId == query.CentreId).ToListAsync(cancellationToken);
        var tickets = await db.Set<Ticket>().AsNoTracking().Where(t => t.CentreId == query.CentreId && t.Day >= from)
            .Select(t => new TicketFacts(t.ServiceGroupId, t.Day, t.Status, t.IssuedAt, t.RequeuedAt, t.FirstCalledAt, t.FinishedAt, t.ServedBy))
            .ToListAsync(cancellationToken);

        LiveLine Live(string name, Func<TicketFacts, bool> inGroup, Func<Counter, bool> counterServes)
        {
            var todays = tickets.Where(t => t.Day == today && inGroup(t)).ToList();
            var waiting = todays.Where(t => t.Status == TicketStatus.Waiting).ToList();
            var longest = waiting.Count == 0 ? TimeSpan.Zero : waiting.Max(t => now - (t.RequeuedAt ?? t.IssuedAt));
            return new LiveLine(name, waiting.Count, longest, counters.Count(c => c.IsOpenOn(today) && counterServes(c)),
                todays.Count(t => t.Status == TicketStatus.Finished));
        }

        var names = await StaffNamesAsync(tickets.Select(t => t.ServedBy).OfType<string>().Distinct().ToList(), cancellationToken);
        return new QueueBoard(
            Live("", _ => true, _ => true),
            groups.Select(g => Live($"{g.Letter} · {g.Name}", t => t.GroupId == g.Id, c => c.GroupIds.Contains(g.Id))).ToList(),
            groups.Select(g => Stat($"{g.Letter} · {g.Name}", tickets.Where(t => t.GroupId == g.Id))).ToList(),
            tickets.Where(t => t.ServedBy is not null).GroupBy(t => t.ServedBy!)
                .Select(g => Stat(names.GetValueOrDefault(g.Key, g.Key), g)).OrderBy(s => s.Name).ToList());
    }

    private static StatLine Stat(string name, IEnumerable<TicketFacts> facts)
    {
        var list = facts.ToList();
        var served = list.Where(t => t.Status == TicketStatus.Finished && t.FirstCalledAt is not null && t.FinishedAt is not null).ToList();
        var called = list.Where(t => t.FirstCalledAt is not null).ToList();
        return new StatLine(name, served.Count, list.Count(t => t.Status == TicketStatus.NoShow),
            Average(called.Select(t => t.FirstCalledAt!.Value - t.IssuedAt)), Average(served.Select(t => t.FinishedAt!.Value - t.FirstCalledAt!.Value)));
    }

    private static TimeSpan Average(IEnumerable<TimeSpan> spans)
    {
        var list = spans.ToList();
        return list.Count == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Round(list.Average(s => s.TotalSeconds)));
    }

    private async Task<Dictionary<string, string>> StaffNamesAsync(List<string> ids, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken))
        .ToDictionary(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id);

    private sealed record TicketFacts(
        Guid GroupId, DateOnly Day, TicketStatus Status, DateTimeOffset IssuedAt, DateTimeOffset? RequeuedAt, DateTimeOffset? FirstCalledAt,
        DateTimeOffset? FinishedAt, string? ServedBy);
}
