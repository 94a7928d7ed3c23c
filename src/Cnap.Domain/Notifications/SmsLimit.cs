namespace Cnap.Domain.Notifications;

/// <summary>The most parts one notice may take: a long SMS costs the centre per part and reads badly on a phone.</summary>
public sealed record SmsLimit
{
    public const int DefaultMaxParts = 3;

    public SmsLimit(int maxParts = DefaultMaxParts)
    {
        if (maxParts is < 1 or > 10)
            throw new DomainException($"An SMS may be limited to 1–10 parts, not {maxParts}.");
        MaxParts = maxParts;
    }

    public int MaxParts { get; }

    public bool Allows(string text) => SmsLength.Of(text).Parts <= MaxParts;

    /// <summary>
    /// Cuts a text that a long value (a service name) pushed over the limit, marking the cut. Better a shortened notice
    /// than none; templates are checked against long sample values on save, so this is rare.
    /// </summary>
    public string Fit(string text)
    {
        if (Allows(text))
            return text;
        var ellipsis = SmsLength.Of(text).Encoding == SmsEncoding.Gsm7 ? "..." : "…";
        int low = 0, high = text.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Allows(Cut(text, middle) + ellipsis))
                low = middle;
            else
                high = middle - 1;
        }
        return Cut(text, low).TrimEnd() + ellipsis;
    }

    private static string Cut(string text, int length) =>
        length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
}
