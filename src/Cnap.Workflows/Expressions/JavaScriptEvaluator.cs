using System.Collections.Concurrent;
using Acornima.Ast;
using Jint;

namespace Cnap.Workflows.Expressions;

/// <summary>Parses scripts once and caches them (no per-request compilation); evaluation happens in a <see cref="ScriptSandbox"/>.</summary>
public sealed class JavaScriptEvaluator
{
    private const int MaxCachedScripts = 20_000;
    private readonly ConcurrentDictionary<string, Prepared<Script>> scripts = new(StringComparer.Ordinal);

    /// <summary>The prepared (parsed) script; throws on a syntax error.</summary>
    public Prepared<Script> Prepare(string code)
    {
        if (scripts.TryGetValue(code, out var prepared))
            return prepared;
        prepared = Engine.PrepareScript(code);
        if (scripts.Count >= MaxCachedScripts)
            scripts.Clear();
        scripts[code] = prepared;
        return prepared;
    }

    /// <summary>Null when the script parses; otherwise the parser's message.</summary>
    public string? SyntaxError(string code)
    {
        try
        {
            Prepare(code);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return e.Message;
        }
    }
}
