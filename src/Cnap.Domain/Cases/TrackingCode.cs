using System.Security.Cryptography;

namespace Cnap.Domain.Cases;

/// <summary>
/// The code an applicant uses to follow a case without logging in: 11 random digits and a Damm check digit, printed as
/// 1234-5678-9012. Random, so that knowing one code reveals nothing about others; digits only, so that it can be
/// dictated by phone and typed on a keypad; Damm, because with one digit it catches every single-digit mistake and
/// every swap of neighbours (Luhn misses 09↔90).
/// </summary>
public sealed record TrackingCode
{
    private static readonly byte[,] Quasigroup =
    {
        { 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 },
        { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 },
        { 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 },
        { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 },
        { 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 },
        { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
        { 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 },
        { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 },
        { 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 },
        { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 },
    };

    public const int Length = 12;

    private TrackingCode(string value) => Value = value;

    /// <summary>The twelve digits without separators, as stored.</summary>
    public string Value { get; }

    public static TrackingCode New()
    {
        Span<char> digits = stackalloc char[Length];
        digits[0] = (char)('1' + RandomNumberGenerator.GetInt32(9));
        for (var i = 1; i < Length - 1; i++)
            digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        digits[^1] = (char)('0' + CheckDigit(digits[..^1]));
        return new TrackingCode(new string(digits));
    }

    public static TrackingCode Parse(string? input) =>
        TryParse(input, out var code)
            ? code
            : throw new DomainException($"«{input}» is not a case tracking code: 12 digits, as printed on the inventory.");

    public static bool TryParse(string? input, out TrackingCode code)
    {
        code = null!;
        if (string.IsNullOrWhiteSpace(input))
            return false;
        var digits = new string([.. input.Where(c => c is not (' ' or '-'))]);
        if (digits.Length != Length || !digits.All(char.IsAsciiDigit) || digits[0] == '0' || Interim(digits) != 0)
            return false;
        code = new TrackingCode(digits);
        return true;
    }

    public static int CheckDigit(ReadOnlySpan<char> digits) => Interim(digits);

    private static int Interim(ReadOnlySpan<char> digits)
    {
        var interim = 0;
        foreach (var digit in digits)
            interim = Quasigroup[interim, digit - '0'];
        return interim;
    }

    public override string ToString() => $"{Value[..4]}-{Value[4..8]}-{Value[8..]}";
}
