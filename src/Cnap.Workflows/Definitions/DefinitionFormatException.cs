namespace Cnap.Workflows.Definitions;

/// <summary>A definition document that cannot be read; <see cref="JsonPath"/> names where (e.g. <c>$.root.activities[2].id</c>).</summary>
public sealed class DefinitionFormatException(string jsonPath, string message, Exception? inner = null)
    : Exception($"{jsonPath}: {message}", inner)
{
    /// <summary>The JSON path of the offending element.</summary>
    public string JsonPath { get; } = jsonPath;

    /// <summary>What is wrong there, without the path.</summary>
    public string Problem { get; } = message;
}
