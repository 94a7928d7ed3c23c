namespace Cnap.Domain.Notifications;

/// <summary>
/// What a template can print, as nested dictionaries addressed by dotted paths (<c>Case.Number</c>,
/// <c>Applicant.Name</c>). The caller that knows the case fills it; templates never reach into entities.
/// </summary>
public sealed class TemplateModel
{
    private readonly Dictionary<string, object?> root = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Root => root;

    public TemplateModel Set(string path, object? value)
    {
        var names = path.Split('.');
        if (names.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException($"«{path}» is not a dotted path.", nameof(path));
        var node = root;
        foreach (var name in names[..^1])
        {
            if (!node.TryGetValue(name, out var child) || child is not Dictionary<string, object?> branch)
            {
                branch = new Dictionary<string, object?>(StringComparer.Ordinal);
                node[name] = branch;
            }
            node = branch;
        }
        node[names[^1]] = value;
        return this;
    }

    public object? Get(string path)
    {
        object? node = root;
        foreach (var name in path.Split('.'))
        {
            if (node is not Dictionary<string, object?> branch || !branch.TryGetValue(name, out node))
                return null;
        }
        return node;
    }
}
