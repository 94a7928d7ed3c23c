namespace Cnap.Domain.Calendar;

/// <summary>Finds Kyiv time under whichever name the host's time-zone database uses.</summary>
public static class UkraineTimeZone
{
    public const string DefaultId = "Europe/Kyiv";

    private static readonly string[] Aliases = ["Europe/Kyiv", "Europe/Kiev", "FLE Standard Time"];

    public static TimeZoneInfo Find(string id = DefaultId)
    {
        var candidates = id == DefaultId || Aliases.Contains(id) ? Aliases : [id];
        foreach (var candidate in candidates)
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var zone))
                return zone;
        }
        throw new TimeZoneNotFoundException($"Time zone '{id}' is not known to this machine (tried {string.Join(", ", candidates)}).");
    }
}
