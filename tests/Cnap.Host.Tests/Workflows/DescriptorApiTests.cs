using System.Net;
using System.Text.Json.Nodes;
using Cnap.Testing;

namespace Cnap.Host.Tests.Workflows;

public sealed class DescriptorApiTests
{
    [Fact]
    public async Task Activity_descriptors_have_Elsas_shape_and_describe_ports_inputs_and_dropdowns()
    {
        await using var api = await WorkflowApiClient.CreateAsync(DatabaseKind.Sqlite);

        var (status, body) = await api.GetAsync("/descriptors/activities");

        Assert.Equal(HttpStatusCode.OK, status);
        var items = body!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(items.Count, body["count"]!.GetValue<int>());
        var decision = items.Single(i => i["typeName"]!.GetValue<string>() == "Elsa.FlowDecision");
        foreach (var field in new[] { "typeName", "namespace", "name", "version", "category", "displayName", "description", "kind", "ports", "inputs", "outputs", "customProperties", "isContainer", "isBrowsable", "isStart", "isTerminal" })
            Assert.True(decision.ContainsKey(field), field);
        Assert.Equal(("Elsa", "FlowDecision", "Action"), (decision["namespace"]!.GetValue<string>(), decision["name"]!.GetValue<string>(), decision["kind"]!.GetValue<string>()));
        Assert.Equal(["True", "False"], decision["ports"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal("Flow", decision["ports"]![0]!["type"]!.GetValue<string>());
        var condition = decision["inputs"]!.AsArray().Single()!.AsObject();
        foreach (var field in new[] { "name", "typeName", "displayName", "description", "order", "category", "uiHint", "defaultValue", "defaultSyntax", "isReadOnly", "isBrowsable", "isWrapped", "uiSpecifications" })
            Assert.True(condition.ContainsKey(field), field);
        Assert.Equal(("condition", "Boolean", "JavaScript"), (condition["name"]!.GetValue<string>(), condition["typeName"]!.GetValue<string>(), condition["defaultSyntax"]!.GetValue<string>()));

        var join = items.Single(i => i["typeName"]!.GetValue<string>() == "Elsa.FlowJoin");
        var mode = join["inputs"]!.AsArray().Single()!;
        Assert.Equal("dropdown", mode["uiHint"]!.GetValue<string>());
        Assert.Equal(["WaitAny", "WaitAll"], mode["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray().Select(i => i!["value"]!.GetValue<string>()));

        var end = items.Single(i => i["typeName"]!.GetValue<string>() == "Elsa.End");
        Assert.True(end["isTerminal"]!.GetValue<bool>());
        Assert.Empty(end["ports"]!.AsArray());
        Assert.True(items.Single(i => i["typeName"]!.GetValue<string>() == "Elsa.Start")["isStart"]!.GetValue<bool>());
        Assert.Equal("Trigger", items.Single(i => i["typeName"]!.GetValue<string>() == "Elsa.Event")["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_designer_reads_the_CNAP_activities_in_Ukrainian_and_in_English_when_chosen()
    {
        await using var api = await WorkflowApiClient.CreateAsync(DatabaseKind.Sqlite);

        var ukrainian = SendToProvider((await api.GetAsync("/descriptors/activities")).Body!);
        api.Http.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = SendToProvider((await api.GetAsync("/descriptors/activities")).Body!);

        Assert.Equal(("Передати суб'єкту надання", "ЦНАП", "Етап", "В — виконує"), ukrainian);
        Assert.Equal(("Send to the provider", "CNAP", "Stage", "В: performs"), english);
    }

    private static (string Name, string Category, string Stage, string FirstAction) SendToProvider(JsonNode body)
    {
        var activity = body["items"]!.AsArray().Single(i => i!["typeName"]!.GetValue<string>() == "Cnap.SendToProvider")!;
        var inputs = activity["inputs"]!.AsArray();
        var action = inputs.Single(i => i!["name"]!.GetValue<string>() == "action")!;
        return (activity["displayName"]!.GetValue<string>(), activity["category"]!.GetValue<string>(),
            inputs.Single(i => i!["name"]!.GetValue<string>() == "stage")!["displayName"]!.GetValue<string>(),
            action["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]![0]!["text"]!.GetValue<string>());
    }
}
