using Cnap.Host.Scheduling;
using Cnap.Workflows.Hosting;

namespace Cnap.Host.Workflows;

public static class WorkflowsSetup
{
    /// <summary>The engine over the scope's <c>CnapDbContext</c> (so a burst and the case changes commit together).</summary>
    public static void AddCnapWorkflows(this WebApplicationBuilder builder)
    {
        builder.Services.AddWorkflows(options =>
        {
            builder.Configuration.GetSection("Workflows:Scripts").Bind(options.Scripts);
            builder.Configuration.GetSection("Workflows:Definitions").Bind(options.Definitions);
        });
        builder.Services.AddWorkflowBackgroundWorkers();
        // Quartz runs the regular sweep once per firing across the cluster; the engine's worker then keeps only the
        // early wake-ups for timers this node created.
        if (builder.AddRecurringJob<TimerSweepJob>(TimerSweepJob.Name, "TimerSweep", new JobSchedule { Interval = TimeSpan.FromSeconds(1) }))
            builder.Services.Configure<WorkflowOptions>(options => options.Timers.RegularSweepScheduledElsewhere = true);
        builder.Services.AddOptions<WorkflowApiOptions>().BindConfiguration(WorkflowApiOptions.Section);
    }
}
