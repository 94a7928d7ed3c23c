using Cnap.Activities.SelectLists;
using Cnap.Activities.Tasks;
using Cnap.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cnap.Activities;

public static class CnapActivitiesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CNAP activities with the engine (wherever <c>AddWorkflows</c> is called: options compose) and
    /// their fixed dropdowns. The application supplies <see cref="Cases.ICaseWorkspace"/>,
    /// <see cref="Notifications.ICaseNotifier"/>, the calendar source and the reference lists.
    /// </summary>
    public static IServiceCollection AddCnapActivities(this IServiceCollection services)
    {
        services.Configure<WorkflowOptions>(options => options.AddActivitiesFrom(typeof(SendToProvider).Assembly));
        services.TryAddSingleton<StageActionList>();
        services.TryAddSingleton<TermUnitList>();
        services.TryAddSingleton<TimerBasisList>();
        services.TryAddSingleton<DecisionList>();
        services.TryAddSingleton<NotificationEventList>();
        return services;
    }
}
