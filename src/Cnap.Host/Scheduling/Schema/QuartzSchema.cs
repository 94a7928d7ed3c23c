using Quartz;

namespace Cnap.Host.Scheduling.Schema;

/// <summary>
/// Quartz's job-store tables, from the creation script the Quartz package itself carries for each database (so the
/// tables always match the Quartz version we run). Our migrations run it; Quartz then only validates the schema at start.
/// Every statement creates only what is missing, so running it on an existing schema changes nothing.
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = "qrtz_";

    // The script separates statements by a line that reads exactly this (the header comment mentions it too).
    private const string Separator = "--;;";

    public static IReadOnlyList<string> Statements(bool postgres)
    {
        var name = $"Quartz.Impl.AdoJobStore.Schema.create_{(postgres ? "postgres" : "sqlite")}.sql";
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Quartz package no longer carries {name}; write the schema into a migration by hand.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd();
        return script.ReplaceLineEndings("\n").Split('\n' + Separator + '\n')
            .Select(s => string.Join('\n', s.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0)
            .Select(s => s.Replace("{0}", TablePrefix).Replace("{1}", TablePrefix))
            .ToList();
    }
}
