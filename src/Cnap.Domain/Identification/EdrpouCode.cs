namespace Cnap.Domain.Identification;

/// <summary>ЄДРПОУ, the 8-digit code of a legal entity or public body; the last digit is a control digit.</summary>
public sealed record EdrpouCode
{
    private EdrpouCode(string value) => Value = value;

    public string Value { get; }

    public static EdrpouCode Parse(string? input) =>
        TryParse(input, out var code)
            ? code
            : throw new DomainException($"«{input}» is not a valid EDRPOU code (ЄДРПОУ): it must be 8 digits with a correct control digit.");

    public static bool TryParse(string? input, out EdrpouCode code)
    {
        code = null!;
        var digits = Digits.Clean(input, 8);
        if (digits is null || ControlDigit(digits) != Digits.At(digits, 7))
            return false;
        code = new EdrpouCode(digits);
        return true;
    }

    /// <summary>
    /// Weights 1..7 (7,1..6 for codes between 30 and 60 million); if the remainder is 10 the weights are raised by 2
    /// and a second remainder of 10 counts as 0.
    /// </summary>
    internal static int ControlDigit(string digits)
    {
        var shifted = int.Parse(digits) is > 30_000_000 and < 60_000_000;
        var remainder = WeightedSum(digits, shifted, 0) % 11;
        if (remainder < 10)
            return remainder;
        return WeightedSum(digits, shifted, 2) % 11 % 10;
    }

    private static int WeightedSum(string digits, bool shifted, int raise)
    {
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            var weight = shifted ? (i == 0 ? 7 : i) : i + 1;
            sum += (weight + raise) * Digits.At(digits, i);
        }
        return sum;
    }

    public override string ToString() => Value;
}
