using Cnap.Host.Access;
using Cnap.Host.Identity;

namespace Cnap.Host.Cases.Access;

/// <summary>The rule of who may see a case. Pure, so every route and command shares one decision.</summary>
public static class CaseVisibility
{
    public static CaseAccess? Decide(Caller caller, CaseFacts facts)
    {
        if (!caller.IsAuthenticated)
            return null;
        if (caller.IsIn(CnapRoles.SystemAdmin))
            return new(facts, CaseReach.System, AllTasks(facts));
        if (caller.IsIn(CnapRoles.RegionalHead) && caller.Regions.Contains(facts.RegionId))
            return new(facts, CaseReach.Region, AllTasks(facts));
        if ((caller.IsIn(CnapRoles.CentreHead) || caller.IsIn(CnapRoles.Administrator)) && caller.Centres.Contains(facts.CentreId))
            return new(facts, CaseReach.Centre, AllTasks(facts));
        var tasks = ProviderTasks(caller, facts);
        if (tasks.Count > 0)
            return new(facts, CaseReach.Task, tasks);
        if (caller.IsIn(CnapRoles.Citizen) && IsApplicant(caller, facts))
            return new(facts, CaseReach.Applicant, []);
        return null;
    }

    private static List<Guid> ProviderTasks(Caller caller, CaseFacts facts)
    {
        var isHead = caller.IsIn(CnapRoles.ProviderHead);
        if (!isHead && !caller.IsIn(CnapRoles.ProviderOfficer))
            return [];
        // An officer of a unit sees that unit's tasks and the provider-wide ones; a head sees all of the provider's.
        return facts.Tasks
            .Where(t => caller.Providers.Contains(t.ProviderId))
            .Where(t => isHead || caller.Units.Count == 0 || t.UnitId is null || caller.Units.Contains(t.UnitId.Value))
            .Select(t => t.TaskId)
            .ToList();
    }

    /// <summary>A tax number proven by e-identification, or a contact the citizen confirmed with a code.</summary>
    private static bool IsApplicant(Caller caller, CaseFacts facts) =>
        (caller.TaxNumber is not null && caller.TaxNumber == facts.ApplicantTaxNumber)
        || (caller.ConfirmedEmail is not null && string.Equals(caller.ConfirmedEmail, facts.ApplicantEmail, StringComparison.OrdinalIgnoreCase))
        || (caller.ConfirmedPhone is not null && caller.ConfirmedPhone == facts.ApplicantPhone);

    private static List<Guid> AllTasks(CaseFacts facts) => facts.Tasks.Select(t => t.TaskId).ToList();
}
