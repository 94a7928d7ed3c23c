using System.Globalization;

namespace Cnap.Domain.Cases;

/// <summary>The number in the centre's registration journal: a sequence per centre per calendar year (Kyiv time).</summary>
public sealed record JournalNumber
{
    public JournalNumber(string centreCode, int year, int sequence)
    {
        if (string.IsNullOrWhiteSpace(centreCode))
            throw new DomainException("A journal number needs the centre code.");
        if (year is < 2000 or > 2999 || sequence < 1)
            throw new DomainException($"{year}/{sequence} is not a journal year and sequence.");
        CentreCode = centreCode;
        Year = year;
        Sequence = sequence;
    }

    public string CentreCode { get; private init; }

    public int Year { get; private init; }

    public int Sequence { get; private init; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{CentreCode}-{Year}-{Sequence:D6}");
}
