using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Cnap.Host.Notifications.Email;

/// <summary>
/// The HTML part made from the same rendered text as the plain part: paragraphs from blank lines, links made clickable.
/// Everything is encoded first, so nothing an applicant typed can become markup.
/// </summary>
internal static partial class EmailHtml
{
    public static string From(string text, string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title></head><body style=\"font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1b\">");
        foreach (var paragraph in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var encoded = WebUtility.HtmlEncode(paragraph.Trim());
            encoded = Link().Replace(encoded, m => $"<a href=\"{m.Value}\">{m.Value}</a>");
            html.Append("<p>").Append(encoded.Replace("\n", "<br>")).Append("</p>");
        }
        return html.Append("</body></html>").ToString();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)]")]
    private static partial Regex Link();
}
