namespace Cnap.Domain.Tests.Calendar;

/// <summary>The two regimes every golden case runs in. Peacetime is the same national data without the martial-law row.</summary>
public enum Regime
{
    MartialLaw,
    Peacetime,
}
