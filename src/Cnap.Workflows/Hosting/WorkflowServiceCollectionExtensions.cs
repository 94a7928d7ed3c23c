using Cnap.Workflows.Activities.Flow;
using Cnap.Workflows.Descriptors;
using Cnap.Workflows.Expressions;
using Cnap.Workflows.Management;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Cnap.Workflows.Stimuli;
using Cnap.Workflows.Timers;
using Cnap.Workflows.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cnap.Workflows.Hosting;

/// <summary>Registers the engine.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Adds the workflow engine with its built-in activities. The engine persists through the scope's
    /// <see cref="DbContext"/> (see <see cref="WorkflowOptions.UseDbContext{TContext}"/>), whose model must include
    /// <see cref="WorkflowModel.ApplyWorkflowModel"/>.
    /// </summary>
    public static IServiceCollection AddWorkflows(this IServiceCollection services, Action<WorkflowOptions>? configure = null)
    {
        services.AddOptions<WorkflowOptions>().Configure(options =>
        {
            options.AddActivitiesFrom(typeof(Start).Assembly);
            configure?.Invoke(options);
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ActivityRegistry(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.ActivityTypes));
        services.TryAddSingleton<JavaScriptEvaluator>();
        services.TryAddSingleton<LiquidEvaluator>();
        services.TryAddSingleton<ExpressionEvaluator>();
        services.TryAddSingleton<BurstExecutor>();
        services.TryAddSingleton<DefinitionValidator>();
        services.TryAddSingleton<DefinitionCache>();
        services.TryAddScoped(sp => new WorkflowDbContext((DbContext)sp.GetRequiredService(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.DbContextType)));
        services.TryAddScoped<WorkflowStore>();
        services.TryAddScoped<WorkflowRuntime>();
        services.TryAddScoped<IWorkflowRuntime>(sp => sp.GetRequiredService<WorkflowRuntime>());
        services.TryAddScoped<WorkflowDefinitionService>();
        services.TryAddScoped<InstanceQueries>();
        services.TryAddScoped<StimulusQueueProcessor>();
        services.TryAddScoped<TimerSweeper>();
        services.TryAddSingleton<TimerFiring>();
        services.TryAddSingleton<TimerWakeup>();
        return services;
    }

    /// <summary>Runs stimulus retries and the timer sweep in the background, and warms the engine up at start.</summary>
    public static IServiceCollection AddWorkflowBackgroundWorkers(this IServiceCollection services)
    {
        services.AddHostedService<StimulusQueueWorker>();
        services.AddHostedService<TimerSweepWorker>();
        services.AddHostedService<WorkflowWarmup>();
        return services;
    }
}
