namespace Cnap.Host.Tests.Timers;

/// <summary>Small Elsa 3 flowcharts for timer tests.</summary>
internal static class TimerFlows
{
    /// <summary>Delay → WriteLine "Fired".</summary>
    public static string Delay(string definitionId, string timeSpan) => Flow(definitionId,
        [Activity("wait", "Elsa.Delay", ("timeSpan", timeSpan)), Activity("fired", "Elsa.WriteLine", ("text", "Fired"))],
        [("wait", "Done", "fired")]);

    /// <summary>StartAt a fixed instant → WriteLine "Fired".</summary>
    public static string StartAt(string definitionId, DateTimeOffset at) => Flow(definitionId,
        [Activity("at", "Elsa.StartAt", ("dateTime", at.ToString("O"))), Activity("fired", "Elsa.WriteLine", ("text", "Fired"))],
        [("at", "Done", "fired")]);

    /// <summary>A day's Delay races an event: both branches meet at a WaitAny join, or the event's branch ends the workflow.</summary>
    public static string TimerRacingAnEvent(string definitionId, string joinOrEnd)
    {
        var meet = joinOrEnd == "End" ? Activity("meet", "Elsa.End") : Activity("meet", "Elsa.FlowJoin", ("mode", "WaitAny"));
        return Flow(definitionId,
            [Activity("start", "Elsa.WriteLine", ("text", "Start")), Activity("wait", "Elsa.Delay", ("timeSpan", "1.00:00:00")),
             Activity("late", "Elsa.WriteLine", ("text", "Late")), Activity("event", "Elsa.Event", ("eventName", "go")), meet],
            joinOrEnd == "End"
                ? [("start", "Done", "wait"), ("start", "Done", "event"), ("wait", "Done", "late"), ("event", "Done", "meet")]
                : [("start", "Done", "wait"), ("start", "Done", "event"), ("wait", "Done", "late"), ("late", "Done", "meet"), ("event", "Done", "meet")]);
    }

    private static string Activity(string id, string type, params (string Name, string Literal)[] inputs) =>
        "{" + $"\"id\":\"{id}\",\"type\":\"{type}\",\"version\":1" +
        string.Concat(inputs.Select(i => $",\"{i.Name}\":{{\"expression\":{{\"type\":\"Literal\",\"value\":\"{i.Literal}\"}}}}")) + "}";

    private static string Flow(string definitionId, string[] activities, (string From, string Port, string To)[] connections)
    {
        var links = connections.Select(c =>
            "{\"source\":{\"activity\":\"" + c.From + "\",\"port\":\"" + c.Port + "\"},\"target\":{\"activity\":\"" + c.To + "\",\"port\":\"In\"}}");
        return "{\"definitionId\":\"" + definitionId + "\",\"name\":\"" + definitionId + "\",\"root\":{\"type\":\"Elsa.Flowchart\",\"id\":\"root\"," +
               "\"activities\":[" + string.Join(",", activities) + "],\"connections\":[" + string.Join(",", links) + "]}}";
    }
}
