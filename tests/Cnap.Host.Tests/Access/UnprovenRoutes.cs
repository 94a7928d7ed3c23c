namespace Cnap.Host.Tests.Access;

/// <summary>
/// Routes that take a scoped id and still lack a proof, each with who owns it. The inventory tolerates exactly
/// these; every entry is a debt: add a [ProvesOutOfScope] test and delete the line. An entry whose route no longer
/// exists fails the inventory too, so the list cannot rot.
/// </summary>
public static class UnprovenRoutes
{
    public static readonly IReadOnlyDictionary<string, string> Pending = new Dictionary<string, string>
    {
    };
}
