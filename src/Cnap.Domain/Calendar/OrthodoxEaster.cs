namespace Cnap.Domain.Calendar;

/// <summary>Orthodox Easter Sunday: the Julian-calendar Paschalion (Meeus), converted to the Gregorian date.</summary>
public static class OrthodoxEaster
{
    public static DateOnly Sunday(int year)
    {
        if (year is < 1583 or > 4099)
            throw new ArgumentOutOfRangeException(nameof(year), year, "Orthodox Easter is computed for years 1583–4099.");

        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = (19 * c + 15) % 30;
        var e = (2 * a + 4 * b - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = (d + e + 114) % 31 + 1;
        return new DateOnly(year, month, day).AddDays(JulianLagDays(year));
    }

    /// <summary>How many days the Julian calendar lags the Gregorian one in March–May of the year.</summary>
    private static int JulianLagDays(int year) => year / 100 - year / 400 - 2;
}
