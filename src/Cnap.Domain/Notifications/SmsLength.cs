namespace Cnap.Domain.Notifications;

/// <summary>
/// How a text travels as SMS: its encoding, its length in encoding units (septets or UTF-16 units) and the number of
/// parts a gateway bills. A split message keeps an escape pair or a surrogate pair whole, so parts may end early.
/// </summary>
public sealed record SmsLength(SmsEncoding Encoding, int Units, int Parts)
{
    public int SinglePartCapacity => CapacityOfOne(Encoding);

    public int PerPartCapacity => CapacityPerSplitPart(Encoding);

    public static SmsLength Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var costs = Costs(text, out var encoding);
        var units = costs.Sum();
        if (units == 0)
            return new(encoding, 0, 0);
        if (units <= CapacityOfOne(encoding))
            return new(encoding, units, 1);
        return new(encoding, units, Pack(costs, CapacityPerSplitPart(encoding)));
    }

    private static int CapacityOfOne(SmsEncoding encoding) => encoding == SmsEncoding.Gsm7 ? 160 : 70;

    private static int CapacityPerSplitPart(SmsEncoding encoding) => encoding == SmsEncoding.Gsm7 ? 153 : 67;

    /// <summary>Each element is one unsplittable piece: a character (or a surrogate pair) and its cost in units.</summary>
    private static List<int> Costs(string text, out SmsEncoding encoding)
    {
        var septets = new List<int>(text.Length);
        foreach (var c in text)
        {
            var cost = Gsm7Alphabet.Septets(c);
            if (cost == 0)
            {
                encoding = SmsEncoding.Ucs2;
                return Ucs2Costs(text);
            }
            septets.Add(cost);
        }
        encoding = SmsEncoding.Gsm7;
        return septets;
    }

    private static List<int> Ucs2Costs(string text)
    {
        var units = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            units.Add(pair ? 2 : 1);
            if (pair)
                i++;
        }
        return units;
    }

    private static int Pack(List<int> costs, int capacity)
    {
        var parts = 1;
        var used = 0;
        foreach (var cost in costs)
        {
            if (used + cost > capacity)
            {
                parts++;
                used = 0;
            }
            used += cost;
        }
        return parts;
    }
}
