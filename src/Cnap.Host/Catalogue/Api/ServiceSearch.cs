using System.Text;
using Cnap.Domain.Catalogue;

namespace Cnap.Host.Catalogue.Api;

/// <summary>
/// Every word typed must appear in the service's name, catalogue code or register code, whatever its case. Matching
/// runs in .NET, not SQL: SQLite folds only ASCII letters and PostgreSQL folds by the database's locale, while
/// Ukrainian searches need «ПАСПОРТ» = «паспорт» everywhere. The apostrophe is typed four ways (' ’ ʼ `), all equal here.
/// </summary>
public sealed class ServiceSearch
{
    public const int MaxLength = 200;

    private readonly string[] words;

    public ServiceSearch(string? query) =>
        words = Normalise(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool Matches(AdministrativeService service)
    {
        var haystack = Normalise($"{service.Name} {service.Code} {service.RegisterCode}");
        return words.All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    private static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
            result.Append(c switch
            {
                '’' or 'ʼ' or '`' or '‘' or '′' => '\'',
                '«' or '»' or '"' or ',' or '.' or ';' or ':' or '(' or ')' => ' ',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            });
        return result.ToString();
    }
}
