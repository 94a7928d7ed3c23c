using Cnap.Activities.Cases;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Workflow;

/// <summary>Gathers what <see cref="CaseView"/> prints about a case from the scope's context.</summary>
internal sealed class CaseViewSource(CnapDbContext db, ICaseWorkspace cases, IWorkingCalendarSource calendars, PublicAddress site)
{
    public async Task<TemplateModel> ModelAsync(Case @case, CancellationToken cancellationToken)
    {
        var service = await cases.ServiceAsync(@case.ServiceId, cancellationToken);
        var centre = await db.Set<ServiceCentre>().AsNoTracking().FirstAsync(c => c.Id == @case.CentreId, cancellationToken);
        var tasks = await cases.TasksOfAsync(@case.Id, cancellationToken);
        var deadlines = await calendars.ForProviderAsync(@case.ProviderId, cancellationToken);
        return CaseView.Model(@case, service, centre, tasks, deadlines, site.Url);
    }
}
