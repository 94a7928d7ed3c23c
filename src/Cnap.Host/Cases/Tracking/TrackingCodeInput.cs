using Cnap.Domain.Cases;

namespace Cnap.Host.Cases.Tracking;

/// <summary>
/// A code as people type or paste it: spaces, dashes of any kind and dots are dropped; what is left must be twelve
/// digits with a right check digit. Each failure names itself so the form can say what to fix.
/// </summary>
public static class TrackingCodeInput
{
    public enum Problem { None, Missing, NotDigits, WrongLength, CheckDigit }

    public static (TrackingCode? Code, Problem Problem, int Digits) Read(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return (null, Problem.Missing, 0);
        var digits = new string([.. input.Where(c => !(char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DashPunctuation || c == '.'))]);
        if (!digits.All(char.IsAsciiDigit))
            return (null, Problem.NotDigits, 0);
        if (digits.Length != TrackingCode.Length)
            return (null, Problem.WrongLength, digits.Length);
        return TrackingCode.TryParse(digits, out var code) ? (code, Problem.None, digits.Length) : (null, Problem.CheckDigit, digits.Length);
    }
}
