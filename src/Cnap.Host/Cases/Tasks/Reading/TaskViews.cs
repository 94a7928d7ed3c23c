using Cnap.Domain.Providers;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Tasks.Reading;

internal static class TaskViews
{
    public static TaskView Of(ProviderTask t, string? provider, IReadOnlyDictionary<Guid, string> units, DateTimeOffset now) => new(
        t.Id, t.CaseId, t.Stage, t.Action.Letter().ToString(), t.ProviderId, provider, t.UnitId,
        t.UnitId is { } unit ? units.GetValueOrDefault(unit) : null, t.AssignedAt, t.DueAt, t.Status.ToString(), t.IsOverdueAt(now),
        t.Decision is { } d
            ? new TaskDecisionView(d.Outcome.ToString(), d.Comment, d.RefusalGroundCode, d.ResultDocument?.Title,
                d.Attachments.Select(a => a.Title).ToList(), d.DecidedAt, d.DecidedBy.Name)
            : null,
        t.CancellationReason);

    public static async Task<IReadOnlyDictionary<Guid, string>> UnitNamesAsync(CnapDbContext db, IEnumerable<ProviderTask> tasks, CancellationToken cancellationToken)
    {
        var ids = tasks.Where(t => t.UnitId is not null).Select(t => t.UnitId!.Value).Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Set<ProviderUnit>().AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }
}
