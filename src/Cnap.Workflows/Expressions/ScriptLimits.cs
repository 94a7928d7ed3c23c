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
}
