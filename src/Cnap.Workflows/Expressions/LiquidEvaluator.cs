using System.Collections;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace Cnap.Workflows.Expressions;

/// <summary>
/// Liquid templates (<c>{{ Variables.X }}</c>, <c>{{ Case.Number }}</c>), parsed once and cached.
/// Fluid was the intended engine, but Fluid.Core 2.41.1 is built against Parlot 1.5.9 and fails at run time with
/// the Parlot 2.2.1 the package feed resolves (MissingMethodException in FluidParser's constructor), so templates
/// are parsed by Scriban's Liquid front end. Rendering sees plain values only (no CLR member access) and has loop
/// and recursion limits.
/// </summary>
public sealed class LiquidEvaluator
{
    private const int MaxCachedTemplates = 20_000;
    private readonly ConcurrentDictionary<string, Template> templates = new(StringComparer.Ordinal);

    /// <summary>Renders a template with the given top-level values (<c>Variables</c>, <c>Input</c>, host objects).</summary>
    public async ValueTask<string> RenderAsync(string source, IReadOnlyDictionary<string, object?> model)
    {
        var globals = new ScriptObject(StringComparer.Ordinal);
        foreach (var (name, value) in model)
            globals[name] = ToScript(value);
        var context = new LiquidTemplateContext
        {
            LoopLimit = 10_000,
            RecursiveLimit = 64,
            LimitToString = 1_000_000,
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(globals);
        return await Parse(source).RenderAsync(context);
    }

    /// <summary>Null when the template parses; otherwise the parser's messages.</summary>
    public string? SyntaxError(string source)
    {
        var template = Template.ParseLiquid(source);
        return template.HasErrors ? string.Join("; ", template.Messages.Select(m => m.Message)) : null;
    }

    private Template Parse(string source)
    {
        if (templates.TryGetValue(source, out var template))
            return template;
        template = Template.ParseLiquid(source);
        if (template.HasErrors)
            throw new FormatException($"Liquid syntax error: {string.Join("; ", template.Messages.Select(m => m.Message))}");
        if (templates.Count >= MaxCachedTemplates)
            templates.Clear();
        templates[source] = template;
        return template;
    }

    private static object? ToScript(object? value) => value switch
    {
        null or string or bool => value,
        IDictionary<string, object?> map => ToScriptObject(map),
        IEnumerable list and not string => new ScriptArray(list.Cast<object?>().Select(ToScript)),
        _ => value,
    };

    private static ScriptObject ToScriptObject(IDictionary<string, object?> map)
    {
        var result = new ScriptObject(StringComparer.Ordinal);
        foreach (var (key, item) in map)
            result[key] = ToScript(item);
        return result;
    }
}
