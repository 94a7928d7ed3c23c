using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Tickets;

/// <summary>
/// How long a waiting ticket will wait: the people ahead of it in its group times today's average service time there
/// (10 minutes until someone has been served), shared among the group's windows open today.
/// </summary>
public sealed class WaitEstimate(CnapDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan Default = TimeSpan.FromMinutes(10);

    public async Task<(int Ahead, int Minutes)> ForAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var waiting = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.CentreId == ticket.CentreId && t.Day == ticket.Day && t.ServiceGroupId == ticket.ServiceGroupId && t.Status == TicketStatus.Waiting && t.Id != ticket.Id)
            .Select(t => new { t.Priority, t.DueAt, t.IssuedAt }).ToListAsync(cancellationToken);
        var ahead = waiting.Count(t => CallOrder.Before(t.DueAt, t.Priority, t.IssuedAt, ticket.DueAt, ticket.Priority, ticket.IssuedAt, clock.GetUtcNow()));
        var served = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.ServiceGroupId == ticket.ServiceGroupId && t.Day == ticket.Day && t.Status == TicketStatus.Finished)
            .Select(t => new { t.FirstCalledAt, t.FinishedAt }).ToListAsync(cancellationToken);
        var average = served.Count == 0 ? Default
            : TimeSpan.FromTicks((long)served.Average(s => (s.FinishedAt!.Value - s.FirstCalledAt!.Value).Ticks));
        var counters = (await db.Set<Counter>().AsNoTracking().Where(c => c.CentreId == ticket.CentreId).ToListAsync(cancellationToken))
            .Count(c => c.IsOpenOn(ticket.Day) && c.GroupIds.Contains(ticket.ServiceGroupId));
        return (ahead, (int)Math.Ceiling(ahead * average.TotalMinutes / Math.Max(1, counters)));
    }
}
