namespace Cnap.EndToEnd.Tests.Portal;

/// <summary>One host with the demo region for a whole test class: seeding plays some 40 cases, too slow to repeat per test.</summary>
public sealed class DemoPortal : IAsyncLifetime
{
    public LiveHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LiveHost.StartAsync(demoData: true);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
