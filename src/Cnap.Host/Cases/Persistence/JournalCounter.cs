namespace Cnap.Host.Cases.Persistence;

/// <summary>The last journal number given out by a centre in a year; only <see cref="CaseNumbering"/> writes it.</summary>
internal sealed class JournalCounter
{
    public string CentreCode { get; set; } = "";

    public int Year { get; set; }

    public int LastSequence { get; set; }
}
