using Microsoft.EntityFrameworkCore;

namespace Cnap.Workflows.Persistence;

/// <summary>
/// The scope's application context as the engine sees it (not a context of its own: one transaction for all). Opaque
/// outside the engine: the application asks <see cref="Management.InstanceQueries"/> and
/// <see cref="Management.WorkflowDefinitionService"/>, never the tables.
/// </summary>
public sealed class WorkflowDbContext(DbContext context)
{
    /// <summary>The application's context.</summary>
    internal DbContext Context => context;

    private StoreConnection? store;

    /// <summary>True on PostgreSQL (row locks, SKIP LOCKED); otherwise SQLite semantics (one writer).</summary>
    internal bool IsPostgres => isPostgres ??= context.Database.ProviderName == WorkflowModel.PostgresProvider;

    // The provider's name is read by reflection on its assembly: once per scope, not once per statement.
    private bool? isPostgres;

    /// <summary>Hand-written statements on this context's connection and transaction.</summary>
    internal StoreConnection Store => store ??= new StoreConnection(context, IsPostgres);

    /// <summary>Definitions.</summary>
    internal DbSet<WorkflowDefinitionRecord> Definitions => context.Set<WorkflowDefinitionRecord>();
    /// <summary>Triggers.</summary>
    internal DbSet<WorkflowTriggerRecord> Triggers => context.Set<WorkflowTriggerRecord>();
    /// <summary>Instances.</summary>
    internal DbSet<WorkflowInstanceRecord> Instances => context.Set<WorkflowInstanceRecord>();
    /// <summary>Bookmarks.</summary>
    internal DbSet<WorkflowBookmarkRecord> Bookmarks => context.Set<WorkflowBookmarkRecord>();
    /// <summary>Journal.</summary>
    internal DbSet<WorkflowJournalRecord> Journal => context.Set<WorkflowJournalRecord>();
    /// <summary>Incidents.</summary>
    internal DbSet<WorkflowIncidentRecord> Incidents => context.Set<WorkflowIncidentRecord>();
    /// <summary>Stimulus queue.</summary>
    internal DbSet<WorkflowStimulusRecord> Stimuli => context.Set<WorkflowStimulusRecord>();
}
