namespace Cnap.Workflows.Expressions;

/// <summary>Sandbox limits for one JavaScript evaluation.</summary>
public sealed class ScriptLimits
{
    /// <summary>Wall-clock limit per evaluation.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Statement limit per evaluation.</summary>
    public int MaxStatements { get; set; } = 100_000;

    /// <summary>Memory a script may allocate, in bytes.</summary>
    public long MaxMemoryBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Call depth limit.</summary>
    public int MaxRecursion { get; set; } = 256;

    /// <summary>
    /// Longest string a script may build in one step (<c>repeat</c>, <c>padStart</c>, <c>padEnd</c>), in characters: the memory
    /// limit is checked between statements, so one call could otherwise allocate gigabytes before it is looked at.
    /// </summary>
    public int MaxStringLength { get; set; } = 1_000_000;

    /// <summary>Largest value a script may store in a workflow variable, in characters of its JSON: variables are saved with
    /// the instance on every burst.</summary>
    public int MaxVariableLength { get; set; } = 256 * 1024;
}
