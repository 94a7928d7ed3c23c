using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cnap.Workflows.Activities;
using Cnap.Workflows.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Workflows.Descriptors;

/// <summary>Every registered activity type, by type name, and their Elsa-style descriptors.</summary>
public sealed partial class ActivityRegistry
{
    private readonly Dictionary<string, ActivityTypeInfo> types;

    /// <summary>Builds the registry from activity classes.</summary>
    public ActivityRegistry(IEnumerable<Type> activityTypes)
    {
        types = new Dictionary<string, ActivityTypeInfo>(StringComparer.Ordinal);
        foreach (var type in activityTypes.Distinct())
        {
            var info = new ActivityTypeInfo(type);
            types[info.TypeName] = info;
        }
    }

    /// <summary>All activity types.</summary>
    public IReadOnlyCollection<ActivityTypeInfo> Types => types.Values;

    /// <summary>The type registered under a name, or null when unknown.</summary>
    public ActivityTypeInfo? Find(string typeName) => types.GetValueOrDefault(typeName);

    /// <summary>Descriptors of every type, with dropdown options from providers resolved now.</summary>
    public async Task<IReadOnlyList<ActivityDescriptor>> DescribeAllAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = new List<ActivityDescriptor>(types.Count);
        foreach (var info in types.Values.OrderBy(t => t.Attribute.Category).ThenBy(t => t.TypeName))
            result.Add(await DescribeAsync(info, services, cancellationToken));
        return result;
    }

    private static async Task<ActivityDescriptor> DescribeAsync(ActivityTypeInfo info, IServiceProvider services, CancellationToken cancellationToken)
    {
        var attribute = info.Attribute;
        var dot = attribute.TypeName.LastIndexOf('.');
        var name = attribute.TypeName[(dot + 1)..];
        var texts = attribute.Texts;
        var inputs = new List<InputDescriptor>();
        foreach (var input in info.Inputs)
            inputs.Add(await DescribeInputAsync(input, texts, name, services, cancellationToken));
        return new ActivityDescriptor(
            attribute.TypeName,
            dot < 0 ? "" : attribute.TypeName[..dot],
            name,
            attribute.Version,
            ActivityTexts.Find(texts, $"Category_{attribute.Category}") ?? attribute.Category,
            ActivityTexts.Find(texts, name) ?? attribute.DisplayName ?? Words(name),
            ActivityTexts.Find(texts, $"{name}_Description") ?? attribute.Description,
            attribute.Kind.ToString(),
            info.Outcomes.Select(o => new PortDescriptor(o, o)).ToArray(),
            inputs,
            info.Outputs.Select(o => new OutputDescriptor(o.JsonName, ElsaTypes.AliasOf(o.Property.PropertyType),
                ActivityTexts.Find(texts, $"{name}_{o.Property.Name}") ?? o.Attribute.DisplayName ?? Words(o.Property.Name),
                ActivityTexts.Find(texts, $"{name}_{o.Property.Name}_Description") ?? o.Attribute.Description, o.Attribute.IsBrowsable)).ToArray(),
            new Dictionary<string, object?>(),
            IsContainer: false,
            attribute.IsBrowsable,
            attribute.IsStart,
            attribute.IsTerminal);
    }

    private static async Task<InputDescriptor> DescribeInputAsync(InputInfo input, Type? texts, string activity, IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var attribute = input.Attribute;
        var type = Nullable.GetUnderlyingType(input.Property.PropertyType) ?? input.Property.PropertyType;
        var options = attribute.Options ?? (type.IsEnum ? Enum.GetNames(type) : null);
        var items = options?.Select(o => new SelectListItem(o, o)).ToList();
        if (attribute.OptionsProvider is not null && services.GetService(attribute.OptionsProvider) is ISelectListProvider provider)
            items = [.. await provider.GetItemsAsync(cancellationToken)];
        var hint = attribute.UIHint ?? (items is not null || attribute.OptionsProvider is not null ? UiHints.Dropdown
            : type == typeof(bool) ? UiHints.Checkbox
            : type == typeof(TimeSpan) ? UiHints.Duration
            : UiHints.SingleLine);
        JsonObject? specifications = null;
        if (items is not null && hint is UiHints.Dropdown or UiHints.RadioList or UiHints.CheckList)
        {
            var list = new JsonArray(items.Select(i => (JsonNode)new JsonObject { ["text"] = i.Text, ["value"] = i.Value }).ToArray());
            specifications = new JsonObject { [hint] = new JsonObject { ["selectList"] = new JsonObject { ["items"] = list } } };
        }
        var key = $"{activity}_{input.Property.Name}";
        return new InputDescriptor(input.JsonName, ElsaTypes.AliasOf(input.Property.PropertyType),
            ActivityTexts.Find(texts, key) ?? attribute.DisplayName ?? Words(input.Property.Name),
            ActivityTexts.Find(texts, key + "_Description") ?? attribute.Description, attribute.Order, attribute.Category, hint, attribute.DefaultValue, attribute.DefaultSyntax,
            attribute.IsReadOnly, attribute.IsBrowsable, attribute.IsWrapped, specifications, attribute.Required);
    }

    private static string Words(string name) => WordBoundary().Replace(name, " $1").Trim();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
