namespace Cnap.Domain.Notifications;

/// <summary>The GSM 03.38 default alphabet and its extension table (whose characters cost an escape septet more).</summary>
internal static class Gsm7Alphabet
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    /// <summary>Septets the character takes, or 0 when GSM-7 cannot carry it.</summary>
    public static int Septets(char c) => Basic.Contains(c) ? 1 : Extension.Contains(c) ? 2 : 0;
}
