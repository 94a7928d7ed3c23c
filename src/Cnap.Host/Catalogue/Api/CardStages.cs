using Cnap.Activities.Tasks;
using Cnap.Domain.Calendar;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Expressions;

namespace Cnap.Host.Catalogue.Api;

/// <summary>
/// The stages a citizen may read off a technological card: each task it sends to a provider (stage name, action, term),
/// in the order the card lists them. Stages whose inputs are computed at run time show what is written literally.
/// </summary>
internal static class CardStages
{
    private const string SendToProvider = "Cnap.SendToProvider";

    public static IReadOnlyList<StageResponse> Read(WorkflowDefinition definition, CatalogueWording wording) =>
        definition.Root.Activities
            .Where(a => a.Type == SendToProvider)
            .Select(a => (Activity: a, Name: Literal(a, "stage")))
            .Where(s => !string.IsNullOrEmpty(s.Name))
            .Select(s =>
            {
                var action = Literal(s.Activity, "action") ?? "";
                return new StageResponse(s.Name!, action, wording.Action(action) ?? action, Term(s.Activity, wording));
            })
            .ToList();

    // A term "until the case's deadline" has no fixed length to show; a zero-length count of days says nothing either.
    private static TermResponse? Term(ActivityNode activity, CatalogueWording wording) =>
        int.TryParse(Literal(activity, "termValue"), out var value)
        && StageTerms.TryParse(Literal(activity, "termUnit"), out var unit)
        && StageTerms.Term(value, unit) is { } term
        && (term.Unit == CountingUnit.SameDay || value > 0)
            ? wording.Term(term)
            : null;

    private static string? Literal(ActivityNode activity, string input) =>
        ExpressionSpec.FromInput(activity.Property(input)) is { Syntax: ExpressionSpec.Literal } expression
            ? expression.Text?.Trim()
            : null;
}
