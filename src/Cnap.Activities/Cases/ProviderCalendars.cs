using Cnap.Domain.Calendar;

namespace Cnap.Activities.Cases;

/// <summary>
/// A provider's own working days count for its terms (a case's legal deadline and its tasks' due dates); the calendar
/// is keyed by the provider's id, and a provider without rows of its own works the national calendar.
/// </summary>
public static class ProviderCalendars
{
    public static string Key(Guid providerId) => providerId.ToString();

    public static ValueTask<DeadlineCalculator> ForProviderAsync(
        this IWorkingCalendarSource calendars, Guid providerId, CancellationToken cancellationToken) =>
        calendars.DeadlinesForAsync(Key(providerId), cancellationToken);
}
