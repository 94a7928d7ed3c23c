using System.Text.Json.Nodes;
using Cnap.Workflows.Expressions;
using Cnap.Workflows.Runtime;
using Cnap.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Workflows.Tests.Expressions;

public sealed class ExpressionTests
{
    private static PureInstance RunLine(string syntax, string expression, Action<IServiceCollection>? register = null, JsonObject? input = null,
        Action<Hosting.WorkflowOptions>? configure = null)
    {
        var engine = new PureEngine(configure, register);
        var definition = new FlowBuilder().Variable("Name", "String", "Olena").Variable("Count", "Int32", "41")
            .Custom("Say", "Elsa.WriteLine", ("text", FlowBuilder.Expression(syntax, expression))).Build();
        return engine.Start(definition, input);
    }

    [Theory]
    [InlineData("JavaScript", "getVariable('Name') + ' ' + (getCount() + 1)", "Olena 42")]
    [InlineData("JavaScript", "setCount(7); getVariable('Count') * 2", "14")]
    [InlineData("JavaScript", "getInput('Channel')", "sms")]
    [InlineData("Liquid", "{{ Variables.Name }} has {{ Variables.Count }}", "Olena has 41")]
    [InlineData("Liquid", "{{ Input.Channel | upcase }}", "SMS")]
    [InlineData("Literal", "plain {{ text }}", "plain {{ text }}")]
    [InlineData("Variable", "Name", "Olena")]
    public void Expressions_see_variables_and_input(string syntax, string expression, string line)
    {
        var instance = RunLine(syntax, expression, input: new JsonObject { ["Channel"] = "sms" });
        Assert.Empty(instance.Incidents);

        Assert.Equal([line], instance.Lines);
    }

    [Fact]
    public void Host_context_objects_are_visible_to_scripts_and_templates_as_read_only_copies()
    {
        static void Register(IServiceCollection services) => services.AddSingleton<IExpressionContextProvider, CaseContext>();

        Assert.Equal(["CNAP-7"], RunLine("JavaScript", "Case.Number", Register).Lines);
        Assert.Equal(["CNAP-7 Granted"], RunLine("Liquid", "{{ Case.Number }} {{ Case.Decision }}", Register).Lines);
        Assert.Equal(["CNAP-7"], RunLine("JavaScript", "Case.Number = 'changed'; Case.Number", Register).Lines);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("clrHelpers.getType()")]
    public void Scripts_cannot_reach_the_CLR(string script)
    {
        var instance = RunLine("JavaScript", script);

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Empty(instance.Lines);
    }

    [Fact]
    public void A_script_that_loops_forever_becomes_an_incident_within_the_time_limit()
    {
        var instance = RunLine("JavaScript", "while (true) {}",
            configure: o => { o.Scripts.Timeout = TimeSpan.FromMilliseconds(300); o.Scripts.MaxStatements = int.MaxValue; });

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var message = Assert.Single(instance.Incidents).Message;
        Assert.Contains("'Say' (id Say, Elsa.WriteLine)", message);
        Assert.Contains("timed out", message);
    }

    [Fact]
    public void A_script_that_allocates_without_bound_hits_the_memory_limit()
    {
        var instance = RunLine("JavaScript", "var a = []; while (true) { a.push('xxxxxxxxxxxxxxxxxxxxxxxx' + a.length); }",
            configure: o => { o.Scripts.MaxMemoryBytes = 4_000_000; o.Scripts.MaxStatements = int.MaxValue; o.Scripts.Timeout = TimeSpan.FromSeconds(20); });

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("is limited to 4000000", Assert.Single(instance.Incidents).Message);
    }

    [Theory]
    [InlineData("'x'.repeat(500000000).length", "string longer than")]
    [InlineData("'x'.padStart(500000000).length", "string longer than")]
    [InlineData("setName('x'.repeat(900000)); 1", "at most")]
    [InlineData("/^(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')", "")]
    public void A_script_cannot_build_a_huge_string_store_one_or_backtrack_past_the_time_limit(string script, string says)
    {
        var instance = RunLine("JavaScript", script, configure: o => o.Scripts.Timeout = TimeSpan.FromMilliseconds(500));

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains(says, Assert.Single(instance.Incidents).Message);
        Assert.Empty(instance.Lines);
    }

    [Theory]
    [InlineData("True", typeof(bool), true)]
    [InlineData("false", typeof(bool), false)]
    [InlineData("00:00:05", typeof(TimeSpan), "00:00:05")]
    [InlineData("PT1H", typeof(TimeSpan), "01:00:00")]
    [InlineData("10", typeof(int), 10)]
    [InlineData("WaitAll", typeof(Workflows.Activities.Flow.FlowJoinMode), Workflows.Activities.Flow.FlowJoinMode.WaitAll)]
    public void Literal_strings_are_coerced_to_the_input_type(string literal, Type type, object expected)
    {
        var value = ValueCoercion.Convert(JsonValue.Create(literal), type);

        Assert.Equal(expected is string s && type == typeof(TimeSpan) ? TimeSpan.Parse(s) : expected, value);
    }

    [Fact]
    public void A_JSON_boolean_literal_is_a_boolean() =>
        Assert.Equal(false, ValueCoercion.Convert(JsonValue.Create(false), typeof(bool)));

    private sealed class CaseContext : IExpressionContextProvider
    {
        public ValueTask<IReadOnlyDictionary<string, object?>> GetContextAsync(ExpressionContextRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?> { ["Case"] = new { Number = "CNAP-7", Decision = "Granted" } });
    }
}
