namespace Cnap.Host.Cases.Issuance.Reminders;

/// <summary>The <c>Scheduling:Reminders</c> section (docs/scheduling.md).</summary>
public sealed class UnclaimedResultReminderOptions
{
    public const string Section = "Scheduling:Reminders";

    /// <summary>A result ready this long and not collected gets a reminder; then again after as long, up to <see cref="MaxReminders"/>.</summary>
    public TimeSpan RemindAfter { get; set; } = TimeSpan.FromDays(14);

    public int MaxReminders { get; set; } = 2;

    /// <summary>Cases handled per run (the rest wait for the next day).</summary>
    public int BatchSize { get; set; } = 500;
}
