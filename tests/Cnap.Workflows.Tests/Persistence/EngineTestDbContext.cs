using Cnap.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Workflows.Tests.Persistence;

/// <summary>A context that knows nothing of Cnap: the engine's model plus one application table, proving the engine is host-independent.</summary>
public sealed class EngineTestDbContext(DbContextOptions<EngineTestDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyWorkflowModel(this);
        modelBuilder.Entity<Note>(e => e.ToTable("test_notes"));
    }
}

/// <summary>Something an activity changes in "the application".</summary>
public sealed class Note
{
    public int Id { get; set; }

    public required string Text { get; set; }
}
