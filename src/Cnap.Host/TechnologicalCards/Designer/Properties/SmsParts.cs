namespace Cnap.Host.TechnologicalCards.Designer.Properties;

/// <summary>
/// How many SMS a text takes: 160 characters in one part (153 per part when split) in the GSM alphabet, 70 (67)
/// once any other character, e.g. Cyrillic, is in it.
/// </summary>
public static class SmsParts
{
    private const string Gsm = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string GsmExtended = "^{}\\[~]|€";

    public static (int Characters, int Parts, bool Unicode) Count(string? text)
    {
        text ??= "";
        var unicode = text.Any(c => !Gsm.Contains(c) && !GsmExtended.Contains(c));
        var length = unicode ? text.Length : text.Sum(c => GsmExtended.Contains(c) ? 2 : 1);
        var (single, multi) = unicode ? (70, 67) : (160, 153);
        var parts = length == 0 ? 0 : length <= single ? 1 : (length + multi - 1) / multi;
        return (length, parts, unicode);
    }
}
