namespace Cnap.Host.Demo;

/// <summary>
/// Where the demo seeders run among the others: after the reference catalogue (50) and the technological cards (100),
/// before cards are linked to services (850) and the demo staff (10 000) who are members of these organisations.
/// Demo cases in every status come last, above 850: they are registered through the case commands so that each runs
/// its real card, which needs the cards linked first.
/// </summary>
internal static class DemoSeedOrder
{
    public const int Organisations = 200;
    public const int Provisions = 210;
}
