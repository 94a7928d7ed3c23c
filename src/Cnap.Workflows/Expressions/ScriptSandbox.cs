using System.Text.Json;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Cnap.Workflows.Runtime;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime.Interop;

namespace Cnap.Workflows.Expressions;

/// <summary>
/// One Jint engine per burst, created on first use. Sandboxed: no CLR access (interop is never enabled and host
/// objects enter as JSON copies), limits on time, statements, memory and recursion per evaluation.
/// Exposes Elsa's helpers: <c>getVariable</c>, <c>setVariable</c>, <c>getInput</c>, and <c>getX()</c>/<c>setX(v)</c> per variable.
/// </summary>
internal sealed class ScriptSandbox
{
    private readonly Engine engine;
    private readonly BurstScope burst;
    private readonly ScriptLimits limits;

    public ScriptSandbox(BurstScope burst, ScriptLimits limits, IReadOnlyDictionary<string, object?> hostContext)
    {
        this.burst = burst;
        this.limits = limits;
        engine = new Engine(options =>
        {
            options
                .TimeoutInterval(limits.Timeout)
                .MaxStatements(limits.MaxStatements)
                .LimitMemory(limits.MaxMemoryBytes)
                .LimitRecursion(limits.MaxRecursion)
                .CancellationToken(burst.CancellationToken);
            // A backtracking pattern runs inside one statement, where the time limit is not looked at.
            options.Constraints.RegexTimeout = limits.Timeout;
        });
        engine.Execute(GuardStringBuilders.Replace("MAX", limits.MaxStringLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Define("getVariable", args => ToJs(burst.Variables.Get(Arg(args, 0).ToString())));
        Define("setVariable", args =>
        {
            burst.Variables.Set(Arg(args, 0).ToString(), Storable(FromJs(Arg(args, 1))));
            return JsValue.Undefined;
        });
        Define("getInput", args => ToJs(Input(Arg(args, 0).ToString())));
        foreach (var variable in burst.Definition.Variables.Where(v => IsIdentifier(v.Name)))
        {
            var name = variable.Name;
            Define("get" + name, _ => ToJs(burst.Variables.Get(name)));
            Define("set" + name, args =>
            {
                burst.Variables.Set(name, Storable(FromJs(Arg(args, 0))));
                return JsValue.Undefined;
            });
        }
        foreach (var (name, value) in hostContext)
            engine.SetValue(name, ToJs(ValueCoercion.ToHostJson(value)));
        if (hostContext.Count > 0)
            engine.Execute(DeepFreeze + string.Concat(hostContext.Keys.Where(IsIdentifier).Select(k => $"__freeze({k});")));
    }

    // Host objects are copies; freezing them makes a script's attempt to change one visibly fail to take effect.
    private const string DeepFreeze = "function __freeze(o) { if (o && typeof o === 'object' && !Object.isFrozen(o)) { Object.freeze(o); for (var k in o) __freeze(o[k]); } }";

    // The built-ins that make a long string in one call check the length first.
    private const string GuardStringBuilders = """
        (function () {
          var p = String.prototype, repeat = p.repeat, padStart = p.padStart, padEnd = p.padEnd;
          function check(n) { if (n > MAX) throw new RangeError('string longer than MAX characters'); }
          Object.defineProperty(p, 'repeat', { value: function (n) { check(String(this).length * Math.max(0, Number(n) || 0)); return repeat.call(this, n); }, writable: false, configurable: false });
          Object.defineProperty(p, 'padStart', { value: function (n, f) { check(Number(n) || 0); return padStart.call(this, n, f); }, writable: false, configurable: false });
          Object.defineProperty(p, 'padEnd', { value: function (n, f) { check(Number(n) || 0); return padEnd.call(this, n, f); }, writable: false, configurable: false });
        })();
        """;

    private object? Storable(object? value)
    {
        var length = value switch
        {
            string text => text.Length,
            JsonNode node => node.ToJsonString().Length,
            _ => 0,
        };
        return length > limits.MaxVariableLength
            ? throw new InvalidOperationException($"A workflow variable may hold at most {limits.MaxVariableLength} characters; the script tried to store {length}.")
            : value;
    }

    public object? Evaluate(in Prepared<Script> script) => FromJs(engine.Evaluate(script));

    private void Define(string name, Func<JsValue[], JsValue> body) =>
        engine.SetValue(name, new ClrFunction(engine, name, (_, args) => body(args)));

    private JsonNode? Input(string name)
    {
        var input = burst.State.Input;
        if (input is null)
            return null;
        if (input.TryGetPropertyValue(name, out var exact))
            return exact;
        return input.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    private JsValue ToJs(JsonNode? node)
    {
        if (node is null)
            return JsValue.Null;
        if (node is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.String: return new JsString(value.GetValue<string>());
                case JsonValueKind.True: return JsBoolean.True;
                case JsonValueKind.False: return JsBoolean.False;
                case JsonValueKind.Number: return new JsNumber(value.GetValue<double>());
                case JsonValueKind.Null: return JsValue.Null;
            }
        }
        return new JsonParser(engine).Parse(node.ToJsonString());
    }

    private object? FromJs(JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
            return null;
        if (value.IsBoolean())
            return value.AsBoolean();
        if (value.IsNumber())
            return value.AsNumber();
        if (value.IsString())
            return value.AsString();
        var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');
}
