using System.Globalization;
using System.Text.Json;
using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using Cnap.Domain.ProviderTasks;
using Microsoft.Extensions.Localization;

namespace Cnap.Host.Catalogue.Api;

/// <summary>Terms, fees, forms and actions in words, in the language of the request; codes as the API spells them.</summary>
public sealed class CatalogueWording(IStringLocalizer<CatalogueText> text)
{
    public static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Only the two audiences a citizen chooses between; «both» is not a filter.</summary>
    public static Audience? ParseAudience(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "citizens" => Domain.Catalogue.Audience.Citizens,
        "business" => Domain.Catalogue.Audience.Business,
        _ => null,
    };

    public TermResponse Term(DeadlineTerm term) => new(term.Value, Code(term.Unit), TermText(term));

    public string TermText(DeadlineTerm term) =>
        term.Unit == CountingUnit.SameDay ? text["TermSameDay"] : text[$"Term{term.Unit}{PluralForm(term.Value)}", term.Value];

    public FeeResponse Fee(Fee fee) => new(fee.Amount, fee.SubsistenceMinimumMultiplier, fee.IsFree, FeeText(fee));

    public string FeeText(Fee fee) =>
        fee.IsFree ? text["FeeFree"] : text["FeeAmount", fee.Amount.ToString(fee.Amount % 1 == 0 ? "#,0" : "#,0.00", CultureInfo.CurrentCulture)];

    public string Form(DocumentForm form) => text[$"Form{form}"];

    public string Audience(Audience audience) => text[$"Audience{audience}"];

    public string? Action(string letter) =>
        letter is { Length: 1 } && StageActionLetters.TryFromLetter(letter[0]) is { } action ? text[$"Action{action}"].Value : null;

    /// <summary>Ukrainian counts one, a few (2–4) and many (5–20, and what ends in them); English needs only one and many.</summary>
    private static string PluralForm(int value)
    {
        var lastTwo = Math.Abs(value) % 100;
        var last = lastTwo % 10;
        if (lastTwo is >= 11 and <= 14)
            return "Many";
        return last switch { 1 => "One", >= 2 and <= 4 => "Few", _ => "Many" };
    }
}
