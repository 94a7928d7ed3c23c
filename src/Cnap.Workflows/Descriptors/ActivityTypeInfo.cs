using System.Reflection;
using Cnap.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Workflows.Descriptors;

/// <summary>Reflection over one activity class, done once at registration.</summary>
public sealed class ActivityTypeInfo
{
    private readonly ObjectFactory factory;

    internal ActivityTypeInfo(Type type)
    {
        ClrType = type;
        Attribute = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{type.FullName} has no [Activity] attribute");
        Inputs = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Input: p.GetCustomAttribute<InputAttribute>()))
            .Where(x => x.Input is not null && x.Property.CanWrite)
            .Select(x => new InputInfo(x.Property, CamelCase(x.Property.Name), x.Input!))
            .ToArray();
        Outputs = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Output: p.GetCustomAttribute<OutputAttribute>()))
            .Where(x => x.Output is not null)
            .Select(x => new OutputInfo(x.Property, CamelCase(x.Property.Name), x.Output!))
            .ToArray();
        var outcomes = type.GetCustomAttribute<OutcomesAttribute>();
        Outcomes = Attribute.IsTerminal ? [] : outcomes?.Names ?? ["Done"];
        OutcomesRequireConnections = outcomes?.RequireConnections ?? false;
        factory = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
    }

    /// <summary>The activity class.</summary>
    public Type ClrType { get; }

    /// <summary>Its declaration.</summary>
    public ActivityAttribute Attribute { get; }

    /// <summary>Type name, e.g. <c>Elsa.WriteLine</c>.</summary>
    public string TypeName => Attribute.TypeName;

    /// <summary>Inputs in declaration order.</summary>
    public IReadOnlyList<InputInfo> Inputs { get; }

    /// <summary>Outputs.</summary>
    public IReadOnlyList<OutputInfo> Outputs { get; }

    /// <summary>Static outcomes (<c>Done</c> by default, none for a terminal activity).</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>Every static outcome must be connected before publishing.</summary>
    public bool OutcomesRequireConnections { get; }

    /// <summary>True when the author names the outcomes in the definition (switch cases, fork branches).</summary>
    public bool HasDynamicOutcomes => Inputs.Any(i => i.Attribute.UIHint is UiHints.DynamicOutcomes or UiHints.FlowSwitchEditor);

    /// <summary>Constructs the activity from a scope (constructor injection).</summary>
    public Activity Create(IServiceProvider services) => (Activity)factory(services, null);

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>An input property.</summary>
public sealed record InputInfo(PropertyInfo Property, string JsonName, InputAttribute Attribute);

/// <summary>An output property.</summary>
public sealed record OutputInfo(PropertyInfo Property, string JsonName, OutputAttribute Attribute);
