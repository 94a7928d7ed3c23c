namespace Cnap.Workflows.Expressions;

/// <summary>
/// Plug point for the host: extra read-only objects visible to JavaScript and Liquid, e.g. <c>Case</c> for an
/// instance whose correlation id is a case id. Resolved from the burst's scope; called at most once per burst,
/// only when an expression runs. Values are exposed as JSON copies (scripts cannot reach CLR objects).
/// </summary>
public interface IExpressionContextProvider
{
    /// <summary>Objects by the name scripts use (<c>Case</c> → <c>{{ Case.Number }}</c>).</summary>
    ValueTask<IReadOnlyDictionary<string, object?>> GetContextAsync(ExpressionContextRequest request, CancellationToken cancellationToken);
}

/// <summary>Which instance the expressions belong to.</summary>
public sealed record ExpressionContextRequest(string InstanceId, string DefinitionId, string? CorrelationId);
