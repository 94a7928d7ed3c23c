using Cnap.Workflows.Persistence;
using Cnap.Workflows.Validation;

namespace Cnap.Workflows.Management;

/// <summary>A definition version without its JSON.</summary>
public sealed record DefinitionSummary(string Id, string DefinitionId, int Version, string? Name, string? Description,
    bool IsLatest, bool IsPublished, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt)
{
    internal static DefinitionSummary Of(WorkflowDefinitionRecord r) =>
        new(r.Id, r.DefinitionId, r.Version, r.Name, r.Description, r.IsLatest, r.IsPublished, r.CreatedAt, r.PublishedAt);
}

/// <summary>Outcome of publishing: the published version, or the validation errors that blocked it.</summary>
public sealed record PublishResult(DefinitionSummary? Published, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>True when the version was published.</summary>
    public bool Succeeded => Published is not null;
}
