using System.Diagnostics;
using Cnap.Workflows.Management;
using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cnap.Bench.Timers;

/// <summary>
/// (1) Timers as the engine keeps them: one instance is started through the engine (Delay → WriteLine), then cloned in
/// SQL into <c>timers</c> instances whose timers fall due evenly over <c>window</c> (the same rows the engine writes, ids
/// and due times changed: starting 100,000 instances through the engine takes minutes here and is the engine
/// benchmark's subject). Then the clock is moved so the first falls due 2 s later, and the nodes sweep.
/// </summary>
public sealed class EngineTimerBench(string connectionString, int timers, TimeSpan window, int nodes, TimeSpan interval, Action<Cnap.Workflows.Hosting.TimerOptions> tune)
{
    private const string Card = """
        {"definitionId":"bench-timer","name":"bench-timer","root":{"type":"Elsa.Flowchart","id":"root","activities":[
          {"id":"wait","type":"Elsa.Delay","version":1,"timeSpan":{"expression":{"type":"Literal","value":"1.00:00:00"}}},
          {"id":"fired","type":"Elsa.WriteLine","version":1,"text":{"expression":{"type":"Literal","value":"Fired"}}}],
         "connections":[{"source":{"activity":"wait","port":"Done"},"target":{"activity":"fired","port":"In"}}]}}
        """;

    public async Task<Result> RunAsync()
    {
        var clock = new ShiftedClock();
        var (firstDue, step) = await PrepareAsync(clock);
        Console.WriteLine($"   {timers:N0} timers due from {firstDue:HH:mm:ss.fff} over {window.TotalSeconds:F0} s ({timers / window.TotalSeconds:F0}/s)");

        ClaimRate = await MeasureClaimRateAsync(firstDue + window + TimeSpan.FromDays(1));
        Console.WriteLine($"   claiming alone (the sweep's UPDATE … FOR UPDATE SKIP LOCKED in batches of 500, then released): {ClaimRate:F0} timers/s");

        var loadBefore = Stats.LoadAverage();
        clock.Offset = firstDue - TimeProvider.System.GetUtcNow() - TimeSpan.FromSeconds(2);
        var engines = Enumerable.Range(0, nodes).Select(_ => new EngineNode(connectionString, clock, tune)).ToList();
        using var stop = new CancellationTokenSource();
        var sweeping = engines.Select(n => Task.Run(() => n.SweepAsync(interval, stop.Token))).ToList();
        var watch = Stopwatch.StartNew();
        // The watcher looks for the earliest timer through the due-time index, once a second: counting (or any scan through
        // the rows the nodes delete) took a fifth of a core from the nodes. The figures come from the journal.
        while (await ScalarAsync<object?>("SELECT due_at FROM wf_bookmarks WHERE due_at IS NOT NULL ORDER BY due_at LIMIT 1") is DateTime && watch.Elapsed < TimeSpan.FromMinutes(30))
            await Task.Delay(1000);
        await stop.CancelAsync();
        await Task.WhenAll(sweeping);
        foreach (var engine in engines)
            await engine.DisposeAsync();
        var left = await ScalarAsync<int>("SELECT count(*)::int FROM wf_bookmarks WHERE due_at IS NOT NULL");
        return await MeasureAsync(firstDue, step, left, loadBefore);
    }

    /// <summary>How fast the sweep's claim statement alone takes due timers (no firing): the mechanism's own ceiling.</summary>
    public double ClaimRate { get; private set; }

    private async Task<double> MeasureClaimRateAsync(DateTimeOffset now)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        var claimed = 0;
        while (true)
        {
            await using var command = new NpgsqlCommand("""
                UPDATE wf_bookmarks SET claimed_until = @until
                WHERE id IN (SELECT id FROM wf_bookmarks WHERE due_at <= @now AND (claimed_until IS NULL OR claimed_until < @now)
                             ORDER BY due_at LIMIT 500 FOR UPDATE SKIP LOCKED)
                RETURNING id
                """, connection);
            command.Parameters.AddWithValue("until", now.AddMinutes(1));
            command.Parameters.AddWithValue("now", now);
            var batch = 0;
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    batch++;
            claimed += batch;
            if (batch == 0)
                break;
        }
        var rate = claimed / watch.Elapsed.TotalSeconds;
        foreach (var sql in new[] { "UPDATE wf_bookmarks SET claimed_until = NULL", "VACUUM ANALYZE wf_bookmarks" })
        {
            await using var release = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await release.ExecuteNonQueryAsync();
        }
        return rate;
    }

    private async Task<(DateTimeOffset FirstDue, TimeSpan Step)> PrepareAsync(ShiftedClock clock)
    {
        await using var setup = new EngineNode(connectionString, clock, _ => { });
        var started = await setup.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<BenchDbContext>();
            await db.Database.EnsureDeletedAsync();
            await db.Database.EnsureCreatedAsync();
            var definitions = sp.GetRequiredService<WorkflowDefinitionService>();
            await definitions.SaveDraftAsync(Card);
            await definitions.PublishAsync("bench-timer");
            return await sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow("bench-timer", CorrelationId: "0"));
        });
        var source = started.InstanceId;
        var bookmark = started.OpenedBookmarkIds!.Single();
        var firstDue = await ScalarAsync<DateTime>("SELECT due_at FROM wf_bookmarks WHERE id = @p0", bookmark);
        var step = window / timers;
        await CloneAsync(source, bookmark, new DateTimeOffset(firstDue, TimeSpan.Zero), step);
        return (new DateTimeOffset(firstDue, TimeSpan.Zero), step);
    }

    private async Task CloneAsync(string source, string bookmark, DateTimeOffset firstDue, TimeSpan step)
    {
        var watch = Stopwatch.StartNew();
        var copies = new Dictionary<string, (string Key, Dictionary<string, string> Changed)>
        {
            ["wf_instances"] = ("id", new()
            {
                ["id"] = "@src || '-' || g", ["correlation_id"] = "g::text",
                ["state"] = "replace(state::text, @bm, @bm || '-' || g)::jsonb",
            }),
            ["wf_bookmarks"] = ("id", new()
            {
                ["id"] = "@bm || '-' || g", ["instance_id"] = "@src || '-' || g",
                ["due_at"] = "@due + g * @step * interval '1 microsecond'",
            }),
            ["wf_journal"] = ("instance_id", new()
            {
                ["instance_id"] = "@src || '-' || g",
                ["bookmark_id"] = "CASE WHEN bookmark_id = @bm THEN @bm || '-' || g ELSE bookmark_id END",
            }),
        };
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (table, (key, changed)) in copies)
        {
            var columns = new List<string>();
            await using (var read = new NpgsqlCommand($"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position", connection))
            await using (var reader = await read.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    columns.Add(reader.GetString(0));
            var select = string.Join(", ", columns.Select(c => changed.TryGetValue(c, out var e) ? e : c));
            var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {select} FROM {table}, generate_series(1, @n) g WHERE {key} = {(table == "wf_bookmarks" ? "@bm" : "@src")}";
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            command.Parameters.AddWithValue("src", source);
            command.Parameters.AddWithValue("bm", bookmark);
            command.Parameters.AddWithValue("n", timers - 1);
            command.Parameters.AddWithValue("due", firstDue);
            command.Parameters.AddWithValue("step", (double)step.Ticks / 10);
            await command.ExecuteNonQueryAsync();
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
            await analyze.ExecuteNonQueryAsync();
        Console.WriteLine($"   cloned {timers - 1:N0} instances in SQL in {watch.Elapsed.TotalSeconds:F1} s");
    }

    private async Task<Result> MeasureAsync(DateTimeOffset firstDue, TimeSpan step, int left, string loadBefore)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lateness = new List<double>();
        DateTime lastFired = default;
        await using (var command = new NpgsqlCommand("""
            SELECT j.time, EXTRACT(EPOCH FROM j.time - (@due + i.correlation_id::int * @step * interval '1 microsecond'))::float8
            FROM wf_journal j JOIN wf_instances i ON i.id = j.instance_id WHERE j.event = 'Resumed'
            """, connection))
        {
            command.Parameters.AddWithValue("due", firstDue);
            command.Parameters.AddWithValue("step", (double)step.Ticks / 10);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var fired = reader.GetDateTime(0);
                if (fired > lastFired)
                    lastFired = fired;
                lateness.Add(reader.GetDouble(1));
            }
        }
        var duplicates = await ScalarAsync<long>("SELECT count(*) - count(DISTINCT instance_id) FROM wf_journal WHERE event = 'Resumed'");
        lateness.Sort();
        var lastDue = firstDue + step * (timers - 1);
        var span = (new DateTimeOffset(lastFired, TimeSpan.Zero) - firstDue).TotalSeconds;
        return new Result("engine timers (sweeper, SKIP LOCKED batches)", timers, span, (new DateTimeOffset(lastFired, TimeSpan.Zero) - lastDue).TotalSeconds,
            lateness.Count / Math.Max(span, 0.001), Stats.Percentile(lateness, 0.5), Stats.Percentile(lateness, 0.99), lateness.LastOrDefault(),
            duplicates, left, loadBefore, Stats.LoadAverage());
    }

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++)
            command.Parameters.AddWithValue($"p{i}", parameters[i]);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }
}
