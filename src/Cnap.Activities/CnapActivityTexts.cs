using System.Globalization;
using System.Resources;

namespace Cnap.Activities;

/// <summary>
/// The activities' words for the designer (names, help, dropdown options), Ukrainian in CnapActivityTexts.resx and
/// English in CnapActivityTexts.en.resx; the engine reads them through <c>[Activity(Texts = …)]</c>.
/// </summary>
public sealed class CnapActivityTexts
{
    private static readonly ResourceManager Resources = new(typeof(CnapActivityTexts));

    /// <summary>The word for <paramref name="key"/> in the current UI language (the key itself when none is written).</summary>
    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
