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
        builder.Services.AddOptions<WorkflowApiOptions>().BindConfiguration(WorkflowApiOptions.Section);
    }
}
