using Cnap.Domain.Cases;
using Cnap.Host.Access;
using Cnap.Host.Cases;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cabinet;

/// <summary>
/// The citizen's choice of notices (SMS, e-mail, both or none) becomes the consent of each of their open cases; a channel
/// is switched on only where the case holds the contact it sends to. Answers how many cases changed.
/// </summary>
public sealed record ChangeMyNotifications(Caller Citizen, bool Sms, bool Email) : ICommand<int>, ICaseCommand;

public sealed class ChangeMyNotificationsHandler(CnapDbContext db, TimeProvider clock) : ICommandHandler<ChangeMyNotifications, int>
{
    public async ValueTask<int> Handle(ChangeMyNotifications command, CancellationToken cancellationToken)
    {
        var (tax, phone, email) = ApplicantMatch.Of(command.Citizen);
        if (tax is null && phone is null && email is null)
            return 0;
        var cases = await db.Set<Case>()
            .Where(c => (tax != null && c.Applicant.TaxNumber == tax) || (phone != null && c.Applicant.Phone == phone) || (email != null && c.Applicant.Email == email))
            .ToListAsync(cancellationToken);
        var by = new Actor(command.Citizen.UserId!, command.Citizen.Name ?? command.Citizen.UserId!);
        var changed = 0;
        foreach (var @case in cases.Where(c => !c.IsClosed))
        {
            var consent = new NotificationConsent(command.Sms && @case.Applicant.Phone is not null, command.Email && @case.Applicant.Email is not null);
            if (consent == @case.Notifications)
                continue;
            @case.ChangeNotifications(consent, clock, by);
            changed++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
