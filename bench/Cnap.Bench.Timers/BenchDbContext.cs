using Cnap.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Bench.Timers;

/// <summary>Only the engine's model, as any host would apply it.</summary>
public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowModel(this);
}
