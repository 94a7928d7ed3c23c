namespace Cnap.Host.TechnologicalCards;

/// <summary>Marker for the CardsText resource files (Ukrainian neutral, English satellite): the card list and the designer.</summary>
public sealed class CardsText;
