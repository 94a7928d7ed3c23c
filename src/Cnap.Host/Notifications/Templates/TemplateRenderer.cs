using Cnap.Domain.Notifications;
using Cnap.Workflows.Expressions;

namespace Cnap.Host.Notifications.Templates;

/// <summary>
/// Liquid over a <see cref="TemplateModel"/>, through the engine's evaluator so that a notice template and a workflow
/// expression read the same (it parses with Scriban's Liquid front end, as Fluid does not run on the Parlot the feed
/// serves; see <see cref="LiquidEvaluator"/>). Dictionaries only, with loop limits: an editor cannot reach CLR members
/// or hang the host.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly LiquidEvaluator liquid = new();

    /// <summary>Null when the source parses; otherwise the parser's message (with line and column).</summary>
    public string? SyntaxError(string source) => liquid.SyntaxError(source);

    /// <exception cref="TemplateRenderException">The source does not parse or fails while rendering.</exception>
    public async ValueTask<string> RenderAsync(string source, TemplateModel model)
    {
        if (SyntaxError(source) is { } error)
            throw new TemplateRenderException(error);
        try
        {
            return await liquid.RenderAsync(source, model.Root);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new TemplateRenderException(e.Message, e);
        }
    }
}

public sealed class TemplateRenderException(string message, Exception? inner = null) : Exception(message, inner);
