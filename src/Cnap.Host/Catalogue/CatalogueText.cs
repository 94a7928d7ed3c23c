namespace Cnap.Host.Catalogue;

/// <summary>Marker for the CatalogueText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class CatalogueText;
