using Cnap.Domain.Providers;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Tasks.Reading;

/// <summary>A provider's (or unit's) inbox, by due date; <see cref="Providers"/> null means every provider.</summary>
public sealed record ListTasks(
    IReadOnlyCollection<Guid>? Providers, Guid? UnitId, ProviderTaskStatus? Status, bool? Overdue, Guid? CaseId, int Page = 1, int PageSize = 50)
    : IQuery<TaskPage>
{
    public Guid? TaskId { get; init; }
}

public sealed record TaskPage(IReadOnlyList<TaskView> Items, int Total, int Page, int PageSize);

public sealed class ListTasksHandler(CnapDbContext db, TimeProvider clock) : IQueryHandler<ListTasks, TaskPage>
{
    public async ValueTask<TaskPage> Handle(ListTasks query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tasks = db.Set<ProviderTask>().AsNoTracking();
        if (query.Providers is { } providers)
            tasks = tasks.Where(t => providers.Contains(t.ProviderId));
        if (query.UnitId is { } unit)
            tasks = tasks.Where(t => t.UnitId == unit);
        if (query.Status is { } status)
            tasks = tasks.Where(t => t.Status == status);
        if (query.TaskId is { } taskId)
            tasks = tasks.Where(t => t.Id == taskId);
        if (query.CaseId is { } caseId)
            tasks = tasks.Where(t => t.CaseId == caseId);
        if (query.Overdue is { } overdue)
        {
            var open = new[] { ProviderTaskStatus.Assigned, ProviderTaskStatus.InProgress };
            tasks = overdue
                ? tasks.Where(t => open.Contains(t.Status) && t.DueAt < now)
                : tasks.Where(t => !open.Contains(t.Status) || t.DueAt >= now);
        }
        var total = await tasks.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Clamp(query.Page, 1, Cnap.Host.Cases.Api.RequestReader.MaxPage);
        var items = await tasks.OrderBy(t => t.DueAt).ThenBy(t => t.AssignedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var units = await TaskViews.UnitNamesAsync(db, items, cancellationToken);
        var providerIds = items.Select(t => t.ProviderId).Distinct().ToList();
        var names = await db.Set<Provider>().AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return new TaskPage(items.Select(t => TaskViews.Of(t, names.GetValueOrDefault(t.ProviderId), units, now)).ToList(), total, page, pageSize);
    }
}
