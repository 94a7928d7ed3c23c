using Cnap.Activities.Cases;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Host.Components;

namespace Cnap.Host.Cases.Reading;

/// <summary>A case's SLA today, counted in its provider's working days (as the worklist counts it).</summary>
public static class CaseSla
{
    public static async Task<Sla> ForAsync(IServiceProvider services, CaseDetailsView view)
    {
        var calendar = (await services.GetRequiredService<IWorkingCalendarSource>().ForProviderAsync(view.Provider.Id, default)).Calendar;
        var status = Enum.Parse<CaseStatus>(view.Status);
        return Sla.For(services.GetRequiredService<TimeProvider>().GetUtcNow(), view.LegalDeadline,
            running: status is CaseStatus.Registered or CaseStatus.InReview, paused: status == CaseStatus.AwaitingClarification, calendar);
    }
}
