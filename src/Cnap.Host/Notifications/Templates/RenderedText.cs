using System.Text.RegularExpressions;

namespace Cnap.Host.Notifications.Templates;

/// <summary>Tidies what Liquid tags leave behind: an SMS pays for every line break, an e-mail keeps paragraphs.</summary>
internal static partial class RenderedText
{
    public static string ForSms(string rendered) => Whitespace().Replace(rendered, " ").Trim();

    public static string ForEmail(string rendered)
    {
        var lines = rendered.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    public static string ForSubject(string rendered) => Whitespace().Replace(rendered, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
