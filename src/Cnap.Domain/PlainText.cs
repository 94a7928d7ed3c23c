using System.Globalization;
using System.Text;

namespace Cnap.Domain;

/// <summary>
/// Text that people type and other people read: no control characters (PostgreSQL refuses NUL, and the rest only
/// hides or garbles text) and no bidirectional overrides, which make a name or a title read differently than stored.
/// </summary>
public static class PlainText
{
    /// <summary>Why <paramref name="value"/> is not plain text, or null when it is.</summary>
    public static string? Problem(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c))
                return $"contains the control character U+{(int)c:X4}.";
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C')
                return $"contains the direction control U+{(int)c:X4}.";
        }
        return null;
    }

    /// <summary>A character names are written with: a letter of any script, a combining mark, an apostrophe, a hyphen, a dot, a space.</summary>
    public static bool IsNameCharacter(System.Text.Rune rune) =>
        Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || rune.Value is ' ' or '-' or '\'' or '.' or '\u02BC' or '\u2019' or '\u2010';
}
