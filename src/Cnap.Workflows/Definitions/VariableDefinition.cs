using System.Text.Json.Nodes;

namespace Cnap.Workflows.Definitions;

/// <summary>A workflow variable as Elsa declares it: <c>{id, name, typeName, isArray, value}</c>.</summary>
/// <param name="Id">Stable id; outputs bind to variables by it (<c>memoryReference.id</c>).</param>
/// <param name="Name">Name used by scripts (<c>getVariable('Name')</c>) and templates.</param>
/// <param name="TypeName">Elsa type alias (<c>String</c>, <c>Int32</c>, <c>Boolean</c>, <c>Object</c> ...).</param>
/// <param name="IsArray">Whether the variable holds an array of <paramref name="TypeName"/>.</param>
/// <param name="Value">The initial value as written in the definition (usually a string).</param>
public sealed record VariableDefinition(string Id, string Name, string TypeName, bool IsArray, JsonNode? Value);
