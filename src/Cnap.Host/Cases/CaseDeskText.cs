namespace Cnap.Host.Cases;

/// <summary>Marker for the texts of the Desk's case pages (worklist, case, intake, issuance, inbox).</summary>
public sealed class CaseDeskText;
