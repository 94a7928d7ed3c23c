using System.Globalization;

namespace Cnap.Bench.Engine;

/// <summary>
/// CPU used by a PostgreSQL server on this machine (Linux /proc): the postmaster with its reaped children, plus the
/// live backends. Null when the server's data directory or /proc cannot be read.
/// </summary>
internal sealed class ServerCpu(int postmaster)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static async Task<ServerCpu?> FindAsync(string connectionString)
    {
        try
        {
            var directory = await Sql.ScalarAsync(connectionString, "SHOW data_directory");
            var pid = int.Parse((await File.ReadAllLinesAsync(Path.Combine(directory, "postmaster.pid")))[0], CultureInfo.InvariantCulture);
            return new ServerCpu(pid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    public TimeSpan Total()
    {
        var ticks = Fields(postmaster) is { } own ? own[11] + own[12] + own[13] + own[14] : 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == postmaster)
                continue;
            if (Fields(pid) is { } fields && fields[1] == postmaster)
                ticks += fields[11] + fields[12];
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    // /proc/PID/stat after the command name: state, ppid, … utime (14th field), stime, cutime, cstime.
    private static long[]? Fields(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var rest = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return rest.Select(f => long.TryParse(f, out var v) ? v : 0).ToArray();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
