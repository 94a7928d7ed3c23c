namespace Cnap.Domain.Calendar;

/// <summary>A legal parameter that applies from a date and, once superseded, up to a date (both inclusive).</summary>
public interface IEffectiveDated
{
    DateOnly EffectiveFrom { get; }

    DateOnly? EffectiveTo { get; }
}

public static class EffectiveDated
{
    public static bool IsInForceOn(this IEffectiveDated item, DateOnly date) =>
        item.EffectiveFrom <= date && (item.EffectiveTo is null || date <= item.EffectiveTo);

    public static bool OverlapsYear(this IEffectiveDated item, int year) =>
        item.EffectiveFrom.Year <= year && (item.EffectiveTo is null || item.EffectiveTo.Value.Year >= year);

    /// <summary>The row in force on the date; the latest start wins when rows overlap by mistake.</summary>
    public static T? InForceOn<T>(this IEnumerable<T> items, DateOnly date) where T : class, IEffectiveDated =>
        items.Where(i => i.IsInForceOn(date)).MaxBy(i => i.EffectiveFrom);
}
