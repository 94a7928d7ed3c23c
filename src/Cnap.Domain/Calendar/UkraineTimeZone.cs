namespace Cnap.Domain.Calendar;

/// <summary>Finds Kyiv time under whichever name the host's time-zone database uses.</summary>
public static class UkraineTimeZone
{
    public const string DefaultId = "Europe/Kyiv";

    private static readonly string[] Aliases = ["Europe/Kyiv", "Europe/Kiev", "FLE Standard Time"];

    public static TimeZoneInfo Find(string id = DefaultId) =>
        TryFind(id, out var zone)
            ? zone
            : throw new TimeZoneNotFoundException($"Time zone '{id}' is not known to this machine (tried {string.Join(", ", Candidates(id))}).");

    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        foreach (var candidate in Candidates(id))
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var found))
            {
                zone = found;
                return true;
            }
        }
        zone = TimeZoneInfo.Utc;
        return false;
    }

    private static string[] Candidates(string id) => Aliases.Contains(id) ? Aliases : [id];
}
