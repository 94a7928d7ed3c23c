using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Cnap.Host.Queue.Tickets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Display;

/// <summary>What the hall display shows: the tickets called last (the newest first) and their windows. Public: no names.</summary>
public sealed record GetDisplay(string CentreCode) : IQuery<DisplayBoard?>;

public sealed record DisplayBoard(Guid CentreId, string CentreName, IReadOnlyList<DisplayCall> Calls, int Waiting)
{
    /// <summary>Changes whenever a call, a recall or a new ticket changes the board; the page's script compares it.</summary>
    public string Version => $"{Calls.FirstOrDefault()?.Label}|{Calls.FirstOrDefault()?.CalledAt.Ticks}|{Calls.Sum(c => c.Calls)}|{Calls.Count}|{Waiting}";
}

public sealed record DisplayCall(string Label, string CounterName, DateTimeOffset CalledAt, int Calls);

public sealed class GetDisplayHandler(CnapDbContext db, TimeProvider clock) : IQueryHandler<GetDisplay, DisplayBoard?>
{
    public const int Shown = 8;

    public async ValueTask<DisplayBoard?> Handle(GetDisplay query, CancellationToken cancellationToken)
    {
        var centre = await db.Set<ServiceCentre>().AsNoTracking().Where(c => c.Code == query.CentreCode).Select(c => new { c.Id, c.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (centre is null)
            return null;
        var today = clock.Today();
        var calls = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.CentreId == centre.Id && t.Day == today && t.Status == TicketStatus.Called)
            .OrderByDescending(t => t.CalledAt).Take(Shown)
            .Select(t => new { t.Letter, t.Number, t.CounterName, t.CalledAt, t.Calls }).ToListAsync(cancellationToken);
        var waiting = await db.Set<Ticket>().CountAsync(t => t.CentreId == centre.Id && t.Day == today && t.Status == TicketStatus.Waiting, cancellationToken);
        return new DisplayBoard(centre.Id, centre.Name,
            calls.Select(c => new DisplayCall($"{c.Letter}-{c.Number:000}", c.CounterName ?? "", c.CalledAt!.Value, c.Calls)).ToList(), waiting);
    }
}
