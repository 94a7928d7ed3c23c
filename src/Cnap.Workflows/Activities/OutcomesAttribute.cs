namespace Cnap.Workflows.Activities;

/// <summary>The outcomes (flow ports) an activity completes with. Without it an activity has one outcome, <c>Done</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutcomesAttribute(params string[] names) : Attribute
{
    /// <summary>Port names in display order.</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>Publishing is refused while one of these outcomes has no outbound connection (e.g. Granted/Refused).</summary>
    public bool RequireConnections { get; init; }
}
