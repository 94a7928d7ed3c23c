using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Hosting;
using Cnap.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cnap.Workflows.Tests.Support;

/// <summary>The pure runtime with no database: runs bursts on in-memory state, as Elsa's test harness does.</summary>
public sealed class PureEngine : IDisposable
{
    private readonly ServiceProvider services;

    public PureEngine(Action<WorkflowOptions>? configure = null, Action<IServiceCollection>? register = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddWorkflows(configure);
        register?.Invoke(collection);
        services = collection.BuildServiceProvider();
        Executor = services.GetRequiredService<BurstExecutor>();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public BurstExecutor Executor { get; }

    public IServiceProvider Services => services;

    public PureInstance Start(string json, JsonObject? input = null) => Start(DefinitionReader.Read(json), input);

    public PureInstance Start(WorkflowDefinition definition, JsonObject? input = null)
    {
        var instance = new PureInstance(this, definition);
        instance.Run(new StartStimulus(input));
        return instance;
    }

    public void Dispose() => services.Dispose();
}

/// <summary>An instance held in memory: its state, status and the journal so far.</summary>
public sealed class PureInstance(PureEngine engine, WorkflowDefinition definition)
{
    public InstanceState State { get; } = new();

    public WorkflowStatus Status { get; private set; } = WorkflowStatus.Running;

    public List<JournalEntry> Journal { get; } = [];

    public List<IncidentEntry> Incidents { get; } = [];

    public BurstResult? LastBurst { get; private set; }

    /// <summary>Texts written by Elsa.WriteLine, in order.</summary>
    public IReadOnlyList<string> Lines => Journal.Where(e => e.ActivityType == "Elsa.WriteLine" && e.Event == JournalEvent.Completed).Select(e => e.Text ?? "").ToList();

    /// <summary>Names of the activities that completed, in order.</summary>
    public IReadOnlyList<string> Completed => Journal.Where(e => e.Event == JournalEvent.Completed).Select(e => e.ActivityName ?? e.ActivityId!).ToList();

    public BurstResult Run(BurstStimulus stimulus)
    {
        var result = engine.Executor.RunAsync(new BurstRequest(definition, new InstanceInfo("instance-1", null, Status), State, stimulus, engine.Services)).GetAwaiter().GetResult();
        if (result.Applied)
        {
            Status = result.Status;
            Journal.AddRange(result.Journal);
            Incidents.AddRange(result.Incidents);
        }
        LastBurst = result;
        return result;
    }

    public BurstResult Resume(string bookmarkId, JsonNode? input = null) => Run(new ResumeStimulus(bookmarkId, input));

    public BurstResult ResumeActivity(string activityName, JsonNode? input = null) =>
        Resume(State.Bookmarks.Single(b => definition.Root.Find(b.ActivityId)?.Name == activityName || b.ActivityId == activityName).Id, input);

    /// <summary>Resumes every pending bookmark by id, without input, until none is left (Elsa's harness).</summary>
    public void ResumeAll(int limit = 100)
    {
        for (var i = 0; i < limit && State.Bookmarks.Count > 0 && Status == WorkflowStatus.Suspended; i++)
            Resume(State.Bookmarks[0].Id);
    }
}
