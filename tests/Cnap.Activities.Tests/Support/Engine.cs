using Cnap.Workflows.Descriptors;
using Cnap.Workflows.Hosting;
using Cnap.Workflows.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Activities.Tests.Support;

/// <summary>The engine's singletons as the host registers them, with the CNAP activities added the host's way.</summary>
public sealed class Engine : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection()
        .AddWorkflows()
        .AddCnapActivities()
        .BuildServiceProvider();

    public ActivityRegistry Registry => services.GetRequiredService<ActivityRegistry>();

    public DefinitionValidator Validator => services.GetRequiredService<DefinitionValidator>();

    public IServiceProvider Services => services;

    public void Dispose() => services.Dispose();
}
