namespace Cnap.Domain.Journals;

/// <summary>The journals a centre keeps (CMU 588 of 2013); in Cnap they are views over cases, never typed twice.</summary>
public enum JournalKind
{
    Registration,
    ResultsReceived,
    ResultsIssued,
}
