using Cnap.Activities;
using Cnap.Activities.Cases;
using Cnap.Activities.Notifications;
using Cnap.Activities.SelectLists;
using Cnap.Host.Access;
using Cnap.Host.Cases.Access;
using Cnap.Host.Cases.Api;
using Cnap.Host.Cases.Issuance.Reminders;
using Cnap.Host.Cases.Statistics;
using Cnap.Host.Cases.Tasks;
using Cnap.Host.Cases.Workflow;
using Cnap.Host.Identity;
using Cnap.Host.Scheduling;
using Cnap.Workflows.Expressions;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace Cnap.Host.Cases;

public static class CasesSetup
{
    public static void AddCnapCases(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Handlers work on the request's CnapDbContext, so the mediator lives in the scope too.
        services.AddMediator(options => options.ServiceLifetime = ServiceLifetime.Scoped);
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(CaseTransaction<,>));
        services.Configure<CaseOptions>(builder.Configuration.GetSection(CaseOptions.Section));
        services.Configure<CnapActivityOptions>(builder.Configuration.GetSection(CnapActivityOptions.Section));

        services.AddCnapActivities();
        services.AddScoped<ICaseWorkspace, CaseWorkspace>();
        services.AddScoped<ICaseNotifier, CaseNotifier>();
        services.AddScoped<CaseViewSource>();
        services.AddScoped<IExpressionContextProvider, CaseExpressionContext>();
        services.AddSingleton<IProviderList, ProviderList>();
        services.AddSingleton<IUnitCodeList, UnitCodeList>();
        services.AddSingleton<IRefusalGroundList, RefusalGroundList>();

        services.AddScoped<CardRun>();
        services.AddSingleton<PublicAddress>();
        services.Configure<UnclaimedResultReminderOptions>(builder.Configuration.GetSection(UnclaimedResultReminderOptions.Section));
        services.AddSingleton<UnclaimedResultReminders>();
        services.AddSingleton<DailyStatistics>();
        builder.AddRecurringJob<UnclaimedResultReminderJob>(UnclaimedResultReminderJob.Name, "UnclaimedResultReminders", new JobSchedule { Cron = "0 0 7 * * ?" });
        builder.AddRecurringJob<DailyStatisticsJob>(DailyStatisticsJob.Name, "DailyStatistics", new JobSchedule { Cron = "0 50 21 * * ?" });
        services.AddScoped<CaseApiAccess>();
        services.AddScoped<ICaseFacts, CaseFactsQuery>();
        services.AddScoped<ResourceScope>();
        services.AddSingleton<IAuthorizationHandler, WorkflowInstanceRequirementHandler>();
        services.Configure<AuthorizationOptions>(options =>
        {
            options.AddPolicy(CnapPolicies.WorkflowInstanceRead, p => p.RequireAuthenticatedUser().AddRequirements(new WorkflowInstanceRequirement(ReadOnly: true)));
            options.AddPolicy(CnapPolicies.WorkflowInstanceChange, p => p.RequireAuthenticatedUser()
                .RequireRole(CnapRoles.SystemAdmin, CnapRoles.Methodologist).AddRequirements(new WorkflowInstanceRequirement(ReadOnly: false)));
        });
    }

    public static void MapCnapCases(this WebApplication app)
    {
        app.MapCasesApi();
        app.MapTasksApi();
    }
}
