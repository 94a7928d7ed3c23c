using System.Collections.Concurrent;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Workflows.Management;

/// <summary>
/// Parsed definitions by version id, so that a transition never re-parses JSON or re-computes the graph.
/// Published versions never change; a draft overwritten in place is invalidated.
/// </summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<string, WorkflowDefinition> definitions = new(StringComparer.Ordinal);

    /// <summary>The parsed version, loading it on a miss.</summary>
    public async Task<WorkflowDefinition?> GetAsync(WorkflowDbContext db, string versionId, CancellationToken cancellationToken)
    {
        if (definitions.TryGetValue(versionId, out var definition))
            return definition;
        var json = await db.Definitions.AsNoTracking().Where(d => d.Id == versionId).Select(d => d.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : definitions[versionId] = DefinitionReader.Read(json);
    }

    /// <summary>Adds or replaces a parsed version.</summary>
    public WorkflowDefinition Put(string versionId, WorkflowDefinition definition) => definitions[versionId] = definition;

    /// <summary>Forgets a version (its draft changed).</summary>
    public void Invalidate(string versionId) => definitions.TryRemove(versionId, out _);
}
