using System.Collections.Concurrent;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Persistence;

namespace Cnap.Workflows.Management;

/// <summary>
/// Parsed definitions by version id, so that a transition never re-parses JSON or re-computes the graph.
/// Published versions never change; a draft overwritten in place is invalidated.
/// </summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<string, WorkflowDefinition> definitions = new(StringComparer.Ordinal);

    /// <summary>The parsed version, loading it on a miss.</summary>
    internal async Task<WorkflowDefinition?> GetAsync(WorkflowDbContext db, string versionId, CancellationToken cancellationToken)
    {
        if (definitions.TryGetValue(versionId, out var definition))
            return definition;
        // Hand-written rather than LINQ: a miss is on the request path of the first transition after a restart, where
        // compiling an EF query would cost more than the read.
        await using var reader = await db.Store.Command().Append("""SELECT "json" FROM "wf_definitions" WHERE "id" = """).Value(versionId)
            .ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return definitions[versionId] = DefinitionReader.Read(reader.Reader.GetString(0));
    }

    /// <summary>The parsed version, parsing <paramref name="json"/> (the version's stored text) on a miss.</summary>
    internal WorkflowDefinition GetOrParse(string versionId, string json) =>
        definitions.TryGetValue(versionId, out var definition) ? definition : definitions[versionId] = DefinitionReader.Read(json);

    /// <summary>Adds or replaces a parsed version.</summary>
    public WorkflowDefinition Put(string versionId, WorkflowDefinition definition) => definitions[versionId] = definition;

    /// <summary>Forgets a version (its draft changed).</summary>
    public void Invalidate(string versionId) => definitions.TryRemove(versionId, out _);
}
