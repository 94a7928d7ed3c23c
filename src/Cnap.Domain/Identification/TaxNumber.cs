namespace Cnap.Domain.Identification;

/// <summary>
/// РНОКПП, the individual taxpayer number: five digits of the birth date (days since 31.12.1899), four of sequence
/// (the last of them odd for men, even for women) and a control digit.
/// </summary>
public sealed record TaxNumber
{
    private static readonly int[] Weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
    private static readonly DateOnly Epoch = new(1899, 12, 31);

    private TaxNumber(string value) => Value = value;

    public string Value { get; }

    public DateOnly BirthDate => Epoch.AddDays(int.Parse(Value[..5]));

    public static TaxNumber Parse(string? input) =>
        TryParse(input, out var number)
            ? number
            : throw new DomainException($"«{input}» is not a valid tax number (РНОКПП): it must be 10 digits with a correct control digit.");

    public static bool TryParse(string? input, out TaxNumber number)
    {
        number = null!;
        var digits = Digits.Clean(input, 10);
        if (digits is null || ControlDigit(digits) != Digits.At(digits, 9))
            return false;
        number = new TaxNumber(digits);
        return true;
    }

    internal static int ControlDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
            sum += Weights[i] * Digits.At(digits, i);
        // C# remainder keeps the sign of a negative sum; the algorithm wants the mathematical modulo.
        return (sum % 11 + 11) % 11 % 10;
    }

    public override string ToString() => Value;
}
