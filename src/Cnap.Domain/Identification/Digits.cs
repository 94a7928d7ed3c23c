namespace Cnap.Domain.Identification;

internal static class Digits
{
    /// <summary>Keeps the digits, tolerating the spaces and dashes people type; null if anything else is present.</summary>
    public static string? Clean(string? input, int length)
    {
        if (string.IsNullOrWhiteSpace(input))
            return null;
        var digits = new string([.. input.Where(c => c is not (' ' or '-'))]);
        return digits.Length == length && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    public static int At(string digits, int index) => digits[index] - '0';
}
