using Cnap.Domain.Catalogue;
using Cnap.Domain.Notifications;
using Cnap.Domain.Organisations;
using Cnap.Host.Cases;
using Cnap.Host.Data;
using Cnap.Host.Notifications.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Queue.Booking;

/// <summary>
/// The evening before a visit, an SMS through the notification outbox: when, where, the code and the cancel link. The
/// reminder mark and its notice commit together, so a second run sends nothing twice; the dispatcher keeps quiet hours.
/// </summary>
public sealed class AppointmentReminders(IServiceScopeFactory scopes, PublicAddress site, TimeProvider clock)
{
    public const string Text =
        "Нагадуємо: {{ Appointment.Date }} о {{ Appointment.Time }} на вас чекають у ЦНАП «{{ Centre.Name }}», {{ Centre.Address }}. "
        + "Код {{ Appointment.Code }}. Змінити чи скасувати: {{ Appointment.Link }}";

    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<INotificationOutbox>();
        var tomorrow = clock.Today().AddDays(1);
        var due = await db.Set<Appointment>()
            .Where(a => a.Date == tomorrow && a.Status == AppointmentStatus.Booked && a.ReminderQueuedAt == null).ToListAsync(cancellationToken);
        var centreIds = due.Select(a => a.CentreId).Distinct().ToList();
        var centres = await db.Set<ServiceCentre>().AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var now = Cnap.Domain.TimeProviderExtensions.ToStored(clock.GetUtcNow());
        foreach (var appointment in due)
        {
            var centre = centres[appointment.CentreId];
            var model = new TemplateModel()
                .Set("Appointment.Date", appointment.Date.ToString("dd.MM.yyyy"))
                .Set("Appointment.Time", appointment.Start.ToString("HH:mm"))
                .Set("Appointment.Code", appointment.Code)
                .Set("Appointment.Link", $"{site.Url}/queue/appointment/{appointment.ManageToken}")
                .Set("Centre.Name", centre.Name)
                .Set("Centre.Address", centre.Address.ToString());
            await outbox.SendSmsAsync(new NotificationRecipient(appointment.Phone, null, SmsConsent: true, EmailConsent: false), Text, model, cancellationToken);
            appointment.ReminderQueued(now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
