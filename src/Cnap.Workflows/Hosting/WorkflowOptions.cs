using System.Reflection;
using Cnap.Workflows.Activities;
using Cnap.Workflows.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Workflows.Hosting;

/// <summary>Engine configuration, set through <see cref="WorkflowServiceCollectionExtensions.AddWorkflows"/>.</summary>
public sealed class WorkflowOptions
{
    private readonly List<Type> activityTypes = [];

    /// <summary>Registered activity classes.</summary>
    public IReadOnlyList<Type> ActivityTypes => activityTypes;

    /// <summary>Registers one activity class.</summary>
    public WorkflowOptions AddActivity<T>() where T : Activity => AddActivity(typeof(T));

    /// <summary>Registers one activity class.</summary>
    public WorkflowOptions AddActivity(Type type)
    {
        if (!typeof(Activity).IsAssignableFrom(type) || type.IsAbstract || type.GetCustomAttribute<ActivityAttribute>() is null)
            throw new ArgumentException($"{type.FullName} is not a concrete activity with an [Activity] attribute", nameof(type));
        if (!activityTypes.Contains(type))
            activityTypes.Add(type);
        return this;
    }

    /// <summary>Registers every concrete activity class with an [Activity] attribute in an assembly.</summary>
    public WorkflowOptions AddActivitiesFrom(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => typeof(Activity).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<ActivityAttribute>() is not null))
            AddActivity(type);
        return this;
    }

    /// <summary>The context type the engine resolves from the scope; the application's own context so that a burst
    /// and the application's changes commit together. Defaults to <see cref="DbContext"/>.</summary>
    public Type DbContextType { get; private set; } = typeof(DbContext);

    /// <summary>Resolve <typeparamref name="TContext"/> from the scope instead of <see cref="DbContext"/>.</summary>
    public WorkflowOptions UseDbContext<TContext>() where TContext : DbContext
    {
        DbContextType = typeof(TContext);
        return this;
    }

    /// <summary>JavaScript sandbox limits.</summary>
    public ScriptLimits Scripts { get; } = new();

    /// <summary>Activity executions one burst may run before the instance faults (a loop without a blocking step).</summary>
    public int MaxExecutionsPerBurst { get; set; } = 10_000;

    /// <summary>What an incident does unless the definition's <c>options.incidentStrategy</c> says otherwise.</summary>
    public IncidentStrategy IncidentStrategy { get; set; } = IncidentStrategy.Fault;

    /// <summary>How often a burst is retried after an optimistic concurrency conflict.</summary>
    public int ConcurrencyRetries { get; set; } = 5;

    /// <summary>The queue of stimuli that matched nothing yet.</summary>
    public StimulusQueueOptions StimulusQueue { get; } = new();

    /// <summary>Timer sweeping (durable timers).</summary>
    public TimerOptions Timers { get; } = new();

    /// <summary>Size limits on a saved definition.</summary>
    public Definitions.DefinitionLimits Definitions { get; } = new();
}

/// <summary>What an activity failure does to the instance.</summary>
public enum IncidentStrategy
{
    /// <summary>The instance faults and waits for a retry.</summary>
    Fault,
    /// <summary>The incident is recorded and the failed activity's outbound paths are treated as not taken.</summary>
    Continue,
}

/// <summary>Retry policy for stimuli that arrive before the bookmark they target is committed.</summary>
public sealed class StimulusQueueOptions
{
    /// <summary>Attempts (the first delivery included) before a stimulus is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry; doubles with each attempt.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the background worker looks for due retries (0 disables the worker).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Stimuli processed per poll.</summary>
    public int BatchSize { get; set; } = 100;
}

/// <summary>Durable timer settings.</summary>
public sealed class TimerOptions
{
    /// <summary>Regular sweep interval (0 turns background sweeping off: the in-process worker and a scheduler's sweep job).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A scheduler (Quartz in the host) runs the regular sweep; the in-process worker then only wakes for timers
    /// this node created that fall due before the next regular sweep.</summary>
    public bool RegularSweepScheduledElsewhere { get; set; }

    /// <summary>Claimed timers resumed together in one transaction (one locking read, one write, one commit for the chunk;
    /// a failing chunk is retried one by one).</summary>
    public int FiringChunkSize { get; set; } = 250;

    /// <summary>Chunks fired in parallel by one sweep (PostgreSQL; SQLite has one writer and fires one chunk at a time).</summary>
    public int FiringConcurrency { get; set; } = 4;

    /// <summary>Due timers claimed per sweep.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a claimed timer stays invisible to other sweepers (a crashed node's claims expire).</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);
}
