using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cnap.Domain.Calendar.Seed;

/// <summary>
/// The reviewed Ukrainian national calendar (ukraine.json beside this file): holidays, the weekend-transfer rule,
/// martial law, the Art. 42 threshold and the silent-consent period. The host seeds it into the database; tests
/// count golden cases on it.
/// </summary>
public static class NationalCalendarSeed
{
    private const string ResourceName = "Cnap.Domain.Calendar.Seed.ukraine.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static CalendarRules Load()
    {
        using var stream = typeof(NationalCalendarSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The national calendar resource {ResourceName} is missing from the build.");
        return Parse(stream);
    }

    public static CalendarRules Parse(Stream json) =>
        JsonSerializer.Deserialize<CalendarRules>(json, Options)
            ?? throw new InvalidDataException("The national calendar file is empty.");
}
