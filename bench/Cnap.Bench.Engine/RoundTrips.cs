using Cnap.Workflows.Runtime;
using Npgsql;

namespace Cnap.Bench.Engine;

/// <summary>Round trips per transition, counted on the wire (<see cref="WireCounter"/>) from one client after a warm-up.</summary>
internal static class RoundTrips
{
    public static async Task<double> EngineAsync(string connectionString, IReadOnlyList<string> bookmarkIds)
    {
        await using var wire = new WireCounter(connectionString);
        await using var engine = new EngineBench(wire.ConnectionString);
        // The first resume opens the connection, loads the server's types and fills the definition cache.
        Check(await engine.ResumeAsync(bookmarkIds[0]));
        var before = wire.RoundTrips;
        foreach (var id in bookmarkIds.Skip(1))
            Check(await engine.ResumeAsync(id));
        return (wire.RoundTrips - before) / (double)(bookmarkIds.Count - 1);
    }

    public static async Task<double> BaselineAsync(string connectionString, string state, int from, int count)
    {
        await using var wire = new WireCounter(connectionString);
        await using var dataSource = NpgsqlDataSource.Create(wire.ConnectionString);
        var baseline = new BaselineBench(dataSource, state);
        await baseline.TransitionAsync(from, 1);
        var before = wire.RoundTrips;
        for (var i = from + 1; i < from + count; i++)
            await baseline.TransitionAsync(i, 1);
        return (wire.RoundTrips - before) / (double)(count - 1);
    }

    private static void Check(ResumeResult result)
    {
        if (result.Outcome != ResumeOutcome.Resumed)
            throw new InvalidOperationException($"bookmark {result.BookmarkId}: {result.Outcome} {result.Reason}");
    }
}
