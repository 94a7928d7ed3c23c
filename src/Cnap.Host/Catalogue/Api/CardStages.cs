using System.Text.Json.Nodes;
using Cnap.Domain.Calendar;

namespace Cnap.Host.Catalogue.Api;

/// <summary>
/// The stages a citizen may read off a technological card: each task it sends to a provider (stage name, action, term),
/// in the order the card lists them. Stages whose inputs are computed at run time show what is written literally.
/// </summary>
internal static class CardStages
{
    private const string SendToProvider = "Cnap.SendToProvider";

    public static IReadOnlyList<StageResponse> Read(JsonNode? document, CatalogueWording wording)
    {
        var stages = new List<StageResponse>();
        Collect(document, stages, wording);
        return stages;
    }

    private static void Collect(JsonNode? node, List<StageResponse> stages, CatalogueWording wording)
    {
        switch (node)
        {
            case JsonObject activity when activity["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                                          && activity["type"]!.GetValue<string>() == SendToProvider:
                if (Literal(activity, "stage") is { Length: > 0 } name)
                {
                    var action = Literal(activity, "action") ?? "";
                    stages.Add(new StageResponse(name, action, wording.Action(action) ?? action, Term(activity, wording)));
                }
                break;
            case JsonObject obj:
                foreach (var (_, child) in obj)
                    Collect(child, stages, wording);
                break;
            case JsonArray array:
                foreach (var child in array)
                    Collect(child, stages, wording);
                break;
        }
    }

    private static TermResponse? Term(JsonObject activity, CatalogueWording wording) =>
        int.TryParse(Literal(activity, "termValue"), out var value)
        && Enum.TryParse<CountingUnit>(Literal(activity, "termUnit"), ignoreCase: false, out var unit)
        && (unit == CountingUnit.SameDay || value > 0)
            ? wording.Term(new DeadlineTerm(unit == CountingUnit.SameDay ? 0 : value, unit))
            : null;

    private static string? Literal(JsonObject activity, string input) =>
        activity[input]?["expression"] is JsonObject { } expression
        && expression["type"]?.ToString() == "Literal"
        && expression["value"] is JsonValue value
        && value.TryGetValue<string>(out var text)
            ? text.Trim()
            : null;
}
