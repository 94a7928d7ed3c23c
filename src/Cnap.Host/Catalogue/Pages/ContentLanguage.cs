using System.Globalization;
using Cnap.Host.Localization;

namespace Cnap.Host.Catalogue.Pages;

/// <summary>
/// Service names and cards are published in Ukrainian only: on an English page they are marked <c>lang="uk"</c> so a
/// screen reader switches voice. On a Ukrainian page the attribute is left out (null).
/// </summary>
public static class ContentLanguage
{
    public static string? Of() =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == CnapCultures.Ukrainian ? null : CnapCultures.Ukrainian;
}
