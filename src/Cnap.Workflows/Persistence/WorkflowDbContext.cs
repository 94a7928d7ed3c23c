using Microsoft.EntityFrameworkCore;

namespace Cnap.Workflows.Persistence;

/// <summary>The scope's application context as the engine sees it (not a context of its own: one transaction for all).</summary>
public sealed class WorkflowDbContext(DbContext context)
{
    /// <summary>The application's context.</summary>
    public DbContext Context => context;

    private StoreConnection? store;

    /// <summary>True on PostgreSQL (row locks, SKIP LOCKED); otherwise SQLite semantics (one writer).</summary>
    public bool IsPostgres => isPostgres ??= context.Database.ProviderName == WorkflowModel.PostgresProvider;

    // The provider's name is read by reflection on its assembly: once per scope, not once per statement.
    private bool? isPostgres;

    /// <summary>Hand-written statements on this context's connection and transaction.</summary>
    internal StoreConnection Store => store ??= new StoreConnection(context, IsPostgres);

    /// <summary>Definitions.</summary>
    public DbSet<WorkflowDefinitionRecord> Definitions => context.Set<WorkflowDefinitionRecord>();
    /// <summary>Triggers.</summary>
    public DbSet<WorkflowTriggerRecord> Triggers => context.Set<WorkflowTriggerRecord>();
    /// <summary>Instances.</summary>
    public DbSet<WorkflowInstanceRecord> Instances => context.Set<WorkflowInstanceRecord>();
    /// <summary>Bookmarks.</summary>
    public DbSet<WorkflowBookmarkRecord> Bookmarks => context.Set<WorkflowBookmarkRecord>();
    /// <summary>Journal.</summary>
    public DbSet<WorkflowJournalRecord> Journal => context.Set<WorkflowJournalRecord>();
    /// <summary>Incidents.</summary>
    public DbSet<WorkflowIncidentRecord> Incidents => context.Set<WorkflowIncidentRecord>();
    /// <summary>Stimulus queue.</summary>
    public DbSet<WorkflowStimulusRecord> Stimuli => context.Set<WorkflowStimulusRecord>();
}
