using System.Text.Json.Nodes;
using Cnap.Workflows.Activities;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Descriptors;
using Cnap.Workflows.Expressions;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Cnap.Workflows.Validation;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Workflows.Management;

/// <summary>
/// Definition versions: save a draft (import), publish (the previous published version is retracted), retract,
/// revert (copy an old version to a new draft), list, export. Instances stay pinned to the version they started on.
/// </summary>
public sealed class WorkflowDefinitionService(
    WorkflowDbContext db,
    DefinitionCache cache,
    DefinitionValidator validator,
    ActivityRegistry registry,
    IServiceProvider services,
    TimeProvider time)
{
    /// <summary>The latest version of every definition.</summary>
    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Definitions.AsNoTracking().Where(d => d.IsLatest).OrderBy(d => d.Name).ThenBy(d => d.DefinitionId).ToListAsync(cancellationToken))
        .Select(DefinitionSummary.Of).ToList();

    /// <summary>All versions of a definition, newest first.</summary>
    public async Task<IReadOnlyList<DefinitionSummary>> VersionsAsync(string definitionId, CancellationToken cancellationToken = default) =>
        (await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderByDescending(d => d.Version).ToListAsync(cancellationToken))
        .Select(DefinitionSummary.Of).ToList();

    /// <summary>Whether any version of the definition exists (draft or published).</summary>
    public Task<bool> ExistsAsync(string definitionId, CancellationToken cancellationToken = default) =>
        db.Definitions.AnyAsync(d => d.DefinitionId == definitionId, cancellationToken);

    /// <summary>Whether the definition has a published version, the one new instances start on.</summary>
    public Task<bool> IsPublishedAsync(string definitionId, CancellationToken cancellationToken = default) =>
        db.Definitions.AnyAsync(d => d.DefinitionId == definitionId && d.IsPublished, cancellationToken);

    /// <summary>The definition's published version, parsed; null when it has none.</summary>
    public async Task<PublishedDefinition?> PublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var record = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.IsPublished, cancellationToken);
        return record is null ? null : new PublishedDefinition(DefinitionSummary.Of(record), cache.GetOrParse(record.Id, record.Json));
    }

    /// <summary>The published version of every definition that has one, parsed, ordered by definition id.</summary>
    public async Task<IReadOnlyList<PublishedDefinition>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        (await db.Definitions.AsNoTracking().Where(d => d.IsPublished).OrderBy(d => d.DefinitionId).ToListAsync(cancellationToken))
        .Select(r => new PublishedDefinition(DefinitionSummary.Of(r), cache.GetOrParse(r.Id, r.Json))).ToList();

    /// <summary>A version (latest when <paramref name="version"/> is null) with its JSON as export writes it.</summary>
    public async Task<(DefinitionSummary Summary, JsonObject Json)?> GetAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(definitionId, version, cancellationToken);
        return record is null ? null : (DefinitionSummary.Of(record), Export(record));
    }

    /// <summary>
    /// Saves Elsa JSON as the definition's draft: overwrites the latest version while it is unpublished, else
    /// creates version N+1. Throws <see cref="DefinitionFormatException"/> naming the JSON path of a structural error.
    /// </summary>
    public async Task<DefinitionSummary> SaveDraftAsync(string json, CancellationToken cancellationToken = default)
    {
        var definition = DefinitionReader.Read(json);
        (services.GetService(typeof(Microsoft.Extensions.Options.IOptions<Hosting.WorkflowOptions>)) as Microsoft.Extensions.Options.IOptions<Hosting.WorkflowOptions>)
            ?.Value.Definitions.Check(definition, json.Length);
        return await SaveDraftAsync(definition, cancellationToken);
    }

    /// <summary>Publishes the latest version after validation.</summary>
    public async Task<PublishResult> PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(definitionId, null, cancellationToken, tracking: true)
            ?? throw new WorkflowNotFoundException($"definition '{definitionId}' does not exist");
        var definition = DefinitionReader.Read(record.Json);
        var errors = validator.Validate(definition);
        if (errors.Count > 0)
            return new PublishResult(null, errors);

        await using var transaction = await BeginAsync(cancellationToken);
        foreach (var previous in await db.Definitions.Where(d => d.DefinitionId == definitionId && d.IsPublished && d.Id != record.Id).ToListAsync(cancellationToken))
            previous.IsPublished = false;
        record.IsPublished = true;
        record.PublishedAt = time.GetUtcNow();
        await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(cancellationToken);
        db.Triggers.AddRange(Triggers(record, definition));
        await db.Context.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        cache.Put(record.Id, definition);
        return new PublishResult(DefinitionSummary.Of(record), []);
    }

    /// <summary>Withdraws the published version: no new instances start (running ones continue).</summary>
    public async Task<DefinitionSummary?> RetractAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var published = await db.Definitions.AsTracking().FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.IsPublished, cancellationToken);
        if (published is null)
            return null;
        await using var transaction = await BeginAsync(cancellationToken);
        published.IsPublished = false;
        await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(cancellationToken);
        await db.Context.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return DefinitionSummary.Of(published);
    }

    /// <summary>Copies version <paramref name="version"/> into a new latest draft.</summary>
    public async Task<DefinitionSummary> RevertAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(definitionId, version, cancellationToken)
            ?? throw new WorkflowNotFoundException($"definition '{definitionId}' has no version {version}");
        var latest = await FindAsync(definitionId, null, cancellationToken);
        var copy = DefinitionReader.Read(record.Json);
        return await CreateVersionAsync(copy, definitionId, (latest?.Version ?? 0) + 1, cancellationToken);
    }

    /// <summary>The Elsa JSON of a version with the store's flags stamped on.</summary>
    internal static JsonObject Export(WorkflowDefinitionRecord record) =>
        DefinitionWriter.ToJson(DefinitionReader.Read(record.Json),
            new DefinitionStamp(record.Id, record.DefinitionId, record.Version, record.IsLatest, record.IsPublished));

    private async Task<DefinitionSummary> SaveDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var definitionId = string.IsNullOrWhiteSpace(definition.DefinitionId) ? NewId() : definition.DefinitionId;
        var latest = await FindAsync(definitionId, null, cancellationToken, tracking: true);
        if (latest is { IsPublished: false })
        {
            latest.Json = Stamp(definition, latest.Id, definitionId, latest.Version);
            latest.Name = definition.Name;
            latest.Description = definition.Description;
            await db.Context.SaveChangesAsync(cancellationToken);
            cache.Invalidate(latest.Id);
            return DefinitionSummary.Of(latest);
        }
        return await CreateVersionAsync(definition, definitionId, (latest?.Version ?? 0) + 1, cancellationToken);
    }

    private async Task<DefinitionSummary> CreateVersionAsync(WorkflowDefinition definition, string definitionId, int version, CancellationToken cancellationToken)
    {
        var id = definition.Id;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || await db.Definitions.AnyAsync(d => d.Id == id, cancellationToken))
            id = NewId();
        foreach (var previous in await db.Definitions.Where(d => d.DefinitionId == definitionId && d.IsLatest).ToListAsync(cancellationToken))
            previous.IsLatest = false;
        var record = new WorkflowDefinitionRecord
        {
            Id = id, DefinitionId = definitionId, Version = version, Name = definition.Name, Description = definition.Description,
            IsLatest = true, IsPublished = false, Json = Stamp(definition, id, definitionId, version), CreatedAt = time.GetUtcNow(),
        };
        db.Definitions.Add(record);
        await db.Context.SaveChangesAsync(cancellationToken);
        return DefinitionSummary.Of(record);
    }

    private IEnumerable<WorkflowTriggerRecord> Triggers(WorkflowDefinitionRecord record, WorkflowDefinition definition)
    {
        foreach (var node in definition.Root.Activities.Where(a => a.CanStartWorkflow))
        {
            var info = registry.Find(node.Type);
            if (info is null || !typeof(ITriggerActivity).IsAssignableFrom(info.ClrType))
                continue;
            var activity = info.Create(services);
            foreach (var input in info.Inputs.Where(i => i.Attribute.IsWrapped))
            {
                var expression = ExpressionSpec.FromInput(node.Property(input.JsonName));
                if (expression is { Syntax: ExpressionSpec.Literal })
                    input.Property.SetValue(activity, ValueCoercion.Convert(expression.Value, input.Property.PropertyType));
            }
            var trigger = ((ITriggerActivity)activity).GetTrigger();
            if (trigger is null)
                continue;
            yield return new WorkflowTriggerRecord
            {
                Id = NewId(), DefinitionId = record.DefinitionId, DefinitionVersionId = record.Id, ActivityId = node.Id,
                Name = trigger.Name, Hash = BookmarkHash.Compute(trigger.Name, trigger.Payload),
            };
        }
    }

    private Task<WorkflowDefinitionRecord?> FindAsync(string definitionId, int? version, CancellationToken cancellationToken, bool tracking = false)
    {
        var query = tracking ? db.Definitions.AsTracking() : db.Definitions.AsNoTracking();
        query = query.Where(d => d.DefinitionId == definitionId);
        query = version is null ? query.Where(d => d.IsLatest) : query.Where(d => d.Version == version);
        return query.FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> BeginAsync(CancellationToken cancellationToken) =>
        db.Context.Database.CurrentTransaction is null ? await db.Context.Database.BeginTransactionAsync(cancellationToken) : null;

    private static string Stamp(WorkflowDefinition definition, string id, string definitionId, int version) =>
        DefinitionWriter.ToText(definition, new DefinitionStamp(id, definitionId, version));

    private string NewId() => Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
}
