namespace Cnap.Bench.Engine;

/// <summary>A 10-activity card with two blocking steps: start → … → wait → … → wait → … → end.</summary>
public static class Card
{
    public const string DefinitionId = "bench-card";

    public const string Json = """
        {
          "definitionId": "bench-card", "name": "Benchmark card", "version": 1,
          "variables": [
            {"id": "v-applicant", "name": "Applicant", "typeName": "String", "isArray": false, "value": "Olena Kovalenko"},
            {"id": "v-stage", "name": "Stage", "typeName": "Int32", "isArray": false, "value": "0"}
          ],
          "root": {"type": "Elsa.Flowchart", "id": "flow", "activities": [
            {"id": "a1", "name": "Start1", "type": "Elsa.Start", "version": 1},
            {"id": "a2", "name": "Received", "type": "Elsa.WriteLine", "version": 1, "text": {"typeName": "String", "expression": {"type": "Liquid", "value": "Application from {{ Variables.Applicant }} received"}}},
            {"id": "a3", "name": "Stage1", "type": "Elsa.SetVariable", "version": 1, "variable": {"id": "v-stage", "name": "Stage"}, "value": {"typeName": "Object", "expression": {"type": "JavaScript", "value": "getStage() + 1"}}},
            {"id": "a4", "name": "AwaitProvider", "type": "Elsa.Event", "version": 1, "eventName": {"typeName": "String", "expression": {"type": "Literal", "value": "provider-answered"}}},
            {"id": "a5", "name": "Check", "type": "Elsa.FlowDecision", "version": 1, "condition": {"typeName": "Boolean", "expression": {"type": "JavaScript", "value": "getStage() >= 1"}}},
            {"id": "a6", "name": "Checked", "type": "Elsa.WriteLine", "version": 1, "text": {"typeName": "String", "expression": {"type": "Literal", "value": "Answer checked"}}},
            {"id": "a7", "name": "AwaitPickup", "type": "Elsa.Event", "version": 1, "eventName": {"typeName": "String", "expression": {"type": "Literal", "value": "result-collected"}}},
            {"id": "a8", "name": "Stage2", "type": "Elsa.SetVariable", "version": 1, "variable": {"id": "v-stage", "name": "Stage"}, "value": {"typeName": "Object", "expression": {"type": "JavaScript", "value": "getStage() + 1"}}},
            {"id": "a9", "name": "Closed", "type": "Elsa.WriteLine", "version": 1, "text": {"typeName": "String", "expression": {"type": "JavaScript", "value": "'Closed at stage ' + getStage()"}}},
            {"id": "a10", "name": "End1", "type": "Elsa.End", "version": 1}
          ],
          "connections": [
            {"source": {"activity": "a1", "port": "Done"}, "target": {"activity": "a2", "port": "In"}},
            {"source": {"activity": "a2", "port": "Done"}, "target": {"activity": "a3", "port": "In"}},
            {"source": {"activity": "a3", "port": "Done"}, "target": {"activity": "a4", "port": "In"}},
            {"source": {"activity": "a4", "port": "Done"}, "target": {"activity": "a5", "port": "In"}},
            {"source": {"activity": "a5", "port": "True"}, "target": {"activity": "a6", "port": "In"}},
            {"source": {"activity": "a6", "port": "Done"}, "target": {"activity": "a7", "port": "In"}},
            {"source": {"activity": "a7", "port": "Done"}, "target": {"activity": "a8", "port": "In"}},
            {"source": {"activity": "a8", "port": "Done"}, "target": {"activity": "a9", "port": "In"}},
            {"source": {"activity": "a9", "port": "Done"}, "target": {"activity": "a10", "port": "In"}}
          ]}
        }
        """;
}
