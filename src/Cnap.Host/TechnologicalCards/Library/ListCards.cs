using Cnap.Host.Audit;
using Cnap.Host.Data;
using Cnap.Workflows.Management;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.TechnologicalCards.Library;

/// <summary>Every card with its state, newest version, and who changed it last; <see cref="Search"/> matches name, id or description.</summary>
public sealed record ListCards(string? Search = null) : IQuery<IReadOnlyList<CardListItem>>;

public enum CardStatus
{
    Draft,
    Published,
    Retracted,
}

/// <param name="PublishedVersion">The version new cases run on (may be older than <paramref name="Version"/>, a draft over it).</param>
public sealed record CardListItem(string DefinitionId, string Name, string? Description, int Version, CardStatus Status,
    int? PublishedVersion, DateTimeOffset LastChangedAt, string? LastChangedBy);

public sealed class ListCardsHandler(WorkflowDefinitionService definitions, CnapDbContext db) : IQueryHandler<ListCards, IReadOnlyList<CardListItem>>
{
    public async ValueTask<IReadOnlyList<CardListItem>> Handle(ListCards query, CancellationToken cancellationToken)
    {
        var latest = await definitions.ListAsync(cancellationToken);
        var search = query.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
            latest = [.. latest.Where(d => Contains(d.Name, search) || Contains(d.DefinitionId, search) || Contains(d.Description, search))];
        var edits = await LastEditsAsync(cancellationToken);
        var items = new List<CardListItem>(latest.Count);
        foreach (var card in latest)
        {
            var versions = await definitions.VersionsAsync(card.DefinitionId, cancellationToken);
            var published = versions.FirstOrDefault(v => v.IsPublished);
            var status = card.IsPublished ? CardStatus.Published
                : published is null && versions.Any(v => v.PublishedAt is not null) ? CardStatus.Retracted
                : CardStatus.Draft;
            var changedAt = Max(card.CreatedAt, versions.Max(v => v.PublishedAt));
            string? author = null;
            if (edits.TryGetValue(card.DefinitionId, out var edit) && edit.At >= changedAt.AddSeconds(-5))
                (changedAt, author) = (Max(changedAt, edit.At), edit.UserName);
            items.Add(new CardListItem(card.DefinitionId, card.Name ?? card.DefinitionId, card.Description, card.Version, status,
                published?.Version, changedAt, author));
        }
        return items;
    }

    // The newest Studio entry per card; cards imported at start-up have none.
    private async Task<Dictionary<string, AuditEntry>> LastEditsAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.ResourceKind == CardAudit.ResourceKind && e.ResourceId != null && !e.Action.EndsWith(":failed"))
            .GroupBy(e => e.ResourceId).Select(g => g.Max(e => e.Id)).ToListAsync(cancellationToken);
        var entries = await db.Set<AuditEntry>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        return entries.ToDictionary(e => e.ResourceId!, StringComparer.Ordinal);
    }

    private static bool Contains(string? text, string search) => text?.Contains(search, StringComparison.CurrentCultureIgnoreCase) == true;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset? b) => b is { } value && value > a ? value : a;
}
