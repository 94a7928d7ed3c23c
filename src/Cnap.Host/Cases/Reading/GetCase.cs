using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Cases.Tasks.Reading;
using Cnap.Host.Data;
using Cnap.Workflows.Management;
using Cnap.Workflows.Runtime;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Reading;

/// <summary>A case with everything that happened to it.</summary>
public sealed record GetCase(Guid CaseId) : IQuery<CaseDetailsView?>;

public sealed class GetCaseHandler(CnapDbContext db, InstanceQueries workflows, TimeProvider clock) : IQueryHandler<GetCase, CaseDetailsView?>
{
    public async ValueTask<CaseDetailsView?> Handle(GetCase query, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.CaseId, cancellationToken);
        if (@case is null)
            return null;
        var service = await db.Set<AdministrativeService>().AsNoTracking().FirstAsync(s => s.Id == @case.ServiceId, cancellationToken);
        var centre = await db.Set<ServiceCentre>().AsNoTracking().FirstAsync(c => c.Id == @case.CentreId, cancellationToken);
        var provider = await db.Set<Provider>().AsNoTracking().FirstAsync(p => p.Id == @case.ProviderId, cancellationToken);
        var tasks = await db.Set<ProviderTask>().AsNoTracking().Where(t => t.CaseId == @case.Id).ToListAsync(cancellationToken);
        var units = await TaskViews.UnitNamesAsync(db, tasks, cancellationToken);
        var instance = @case.WorkflowInstanceId is { } instanceId
            ? await workflows.FindAsync(instanceId, cancellationToken)
            : null;
        var journal = instance is null
            ? []
            : await workflows.JournalAsync(instance.Id, cancellationToken);

        var now = clock.GetUtcNow();
        var providerIds = tasks.Select(t => t.ProviderId).Append(provider.Id).Distinct().ToList();
        var providers = await db.Set<Provider>().AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var taskViews = tasks.OrderBy(t => t.AssignedAt).Select(t => TaskViews.Of(t, providers.GetValueOrDefault(t.ProviderId), units, now)).ToList();
        return new CaseDetailsView(
            @case.Id, @case.JournalNumber.ToString(), @case.TrackingCode.ToString(), @case.Status.ToString(),
            @case.DisplayStatus(service) ?? Workflow.CaseStatusNames.Of(@case.Status),
            new Reference(service.Id, service.Code, service.Name),
            service.Variants.FirstOrDefault(v => v.Id == @case.VariantId)?.Code ?? "",
            new Reference(centre.Id, centre.Code, centre.Name),
            new Reference(provider.Id, provider.Edrpou.Value, provider.Name),
            @case.Channel.ToString(), Applicant(@case.Applicant), @case.RegisteredAt, @case.RegisteredBy.Name, @case.LegalDeadline,
            @case.IsOverdueAt(now), @case.IsSuspended,
            @case.Documents.Select(d => new DocumentView(d.Id, d.Title, d.Form.ToString(), d.Sheets, d.Copies, d.Origin.ToString(), d.AddedAt, d.ScanFileId is not null)).ToList(),
            new InventoryView(@case.Inventory.ReceivedAt, @case.Inventory.TotalSheets, @case.Inventory.Hash, @case.Inventory.IsIntact,
                @case.Inventory.PrintedAt, @case.Inventory.ResultDelivery.ToString()),
            @case.Suspensions.Select(s => new SuspensionView(s.Request, s.StartedAt, s.EndedAt, s.Resolution)).ToList(),
            Decision(@case.Decision),
            @case.Issuance is { } i ? new IssuanceView(i.IssuedAt, i.Method.ToString(), i.ReceivedBy, i.IssuedBy.Name) : null,
            taskViews,
            instance is null ? null : new WorkflowView(instance.Id, instance.DefinitionId, instance.Version, instance.Status.ToString()),
            Timeline(@case, tasks, journal));
    }

    private static ApplicantView Applicant(Applicant a) => new(
        a.Kind.ToString(), a.DisplayName, a.TaxNumber?.Value, a.Edrpou?.Value, a.Phone?.Value, a.Email?.Value, a.Address?.ToString(),
        a.Representative is { } r ? $"{r.Name} ({r.Authority})" : null);

    private static DecisionView? Decision(Decision? d) => d is null ? null : new(
        d.Outcome.ToString(), d.DecidedAt, d.DecidedBy.Name, d.RefusalGround?.Code, d.RefusalGround?.Text, d.RefusalGround?.LegalReference,
        d.Reasons, d.AppealInformation, d.ResultDocument?.Title, d.ResultDocument?.Number, d.SentAt);

    private static List<TimelineItem> Timeline(Case @case, IEnumerable<ProviderTask> tasks, IEnumerable<JournalEntry> journal)
    {
        var items = @case.Timeline.Select(e => new TimelineItem(e.At, "case", e.Event.ToString(), e.Status.ToString(), e.Actor.Name, e.Details)).ToList();
        foreach (var task in tasks)
        {
            items.Add(new TimelineItem(task.AssignedAt, "task", "Assigned", task.Status.ToString(), null, $"{task.Action}: {task.Stage}"));
            if (task.Decision is { } d)
                items.Add(new TimelineItem(d.DecidedAt, "task", d.Outcome.ToString(), null, d.DecidedBy.Name,
                    string.Join(" — ", new[] { task.Stage, d.RefusalGroundCode, d.Comment }.Where(x => !string.IsNullOrWhiteSpace(x)))));
        }
        items.AddRange(journal.Where(j => j.Event != JournalEvent.Skipped)
            .Select(j => new TimelineItem(j.Time, "workflow", j.Event.ToString(), null, j.ActivityName ?? j.ActivityId,
                string.Join(" ", new[] { j.ActivityType, j.Outcomes is { Count: > 0 } o ? string.Join(",", o) : null, j.Text }.Where(x => !string.IsNullOrWhiteSpace(x))))));
        return [.. items.OrderBy(i => i.At).ThenBy(i => i.Source, StringComparer.Ordinal)];
    }
}
