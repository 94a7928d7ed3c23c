using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cnap.Workflows.Persistence;

/// <summary>The engine's tables, applied to any context: <c>modelBuilder.ApplyWorkflowModel(this)</c> in OnModelCreating.</summary>
public static class WorkflowModel
{
    internal const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Configures definitions, triggers, instances, bookmarks, journal, incidents and the stimulus queue.</summary>
    public static ModelBuilder ApplyWorkflowModel(this ModelBuilder modelBuilder, DbContext context)
    {
        var postgres = context.Database.ProviderName == PostgresProvider;

        modelBuilder.Entity<WorkflowDefinitionRecord>(e =>
        {
            e.ToTable("wf_definitions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique();
            e.HasIndex(x => new { x.DefinitionId, x.IsPublished });
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.DefinitionId).HasMaxLength(128);
            e.Property(x => x.Name).HasMaxLength(400);
        });
        modelBuilder.Entity<WorkflowTriggerRecord>(e =>
        {
            e.ToTable("wf_triggers");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Hash);
            e.HasIndex(x => x.DefinitionId);
            e.Property(x => x.Hash).HasMaxLength(64);
        });
        modelBuilder.Entity<WorkflowInstanceRecord>(e =>
        {
            e.ToTable("wf_instances");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CorrelationId);
            e.HasIndex(x => new { x.DefinitionId, x.Status });
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.State).HasColumnType(postgres ? "jsonb" : "TEXT");
            e.Property(x => x.Revision).IsConcurrencyToken();
        });
        modelBuilder.Entity<WorkflowBookmarkRecord>(e =>
        {
            e.ToTable("wf_bookmarks");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Hash);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => x.DueAt);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasOne<WorkflowInstanceRecord>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WorkflowJournalRecord>(e =>
        {
            e.ToTable("wf_journal");
            e.HasKey(x => new { x.InstanceId, x.Sequence });
            e.Property(x => x.Event).HasConversion<string>().HasMaxLength(16);
            // No foreign key to the instance: the engine appends journal rows only in the transaction that holds the
            // instance's lock, and a key check per row cost more than the insert itself (800,000 rows on PostgreSQL:
            // 6.6 s with the key, 2.0 s without). Whoever deletes an instance deletes its journal.
        });
        modelBuilder.Entity<WorkflowIncidentRecord>(e =>
        {
            e.ToTable("wf_incidents");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.InstanceId);
            e.HasOne<WorkflowInstanceRecord>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WorkflowStimulusRecord>(e =>
        {
            e.ToTable("wf_stimuli");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.NextAttemptAt);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(t => t.ClrType.Namespace == typeof(WorkflowModel).Namespace))
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
                // SQLite cannot compare or order DateTimeOffset values stored as text; UTC ticks compare correctly.
                if (!postgres && (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?)))
                    property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
            }
        }
        return modelBuilder;
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
