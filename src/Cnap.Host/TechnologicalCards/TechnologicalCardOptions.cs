namespace Cnap.Host.TechnologicalCards;

/// <summary>Settings under <c>TechnologicalCards</c>.</summary>
public sealed class TechnologicalCardOptions
{
    public const string Section = "TechnologicalCards";

    /// <summary>Where the shipped cards (Elsa-3 JSON) are; defaults to the workflows/ folder beside the binaries.</summary>
    public string? Folder { get; set; }

    /// <summary>The card for services whose code no card names (a single provider decides within the case's term).</summary>
    public string DefaultCard { get; set; } = "cnap-single-provider-decision";

    public string ResolvedFolder => Folder ?? Path.Combine(AppContext.BaseDirectory, "workflows");
}
