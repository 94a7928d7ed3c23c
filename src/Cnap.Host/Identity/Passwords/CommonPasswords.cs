using System.Collections.Frozen;
using System.Reflection;

namespace Cnap.Host.Identity.Passwords;

/// <summary>
/// The list shipped in the assembly (see generate-common-passwords.py). A password is common when it is on the list,
/// or when what remains after stripping leading and trailing digits and symbols is ("Qwertyuiop2024!").
/// </summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "Cnap.Host.Identity.Passwords.common-passwords.txt";
    private readonly FrozenSet<string> entries;

    public CommonPasswords(IEnumerable<string> entries) =>
        this.entries = entries.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0).ToFrozenSet();

    public int Count => entries.Count;

    public static CommonPasswords LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The common-password list {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            lines.Add(line);
        return new CommonPasswords(lines);
    }

    public bool Contains(string password)
    {
        var lower = password.ToLowerInvariant();
        if (entries.Contains(lower))
            return true;
        var core = lower.Trim(Decorations);
        return core.Length >= 4 && entries.Contains(core);
    }

    private static readonly char[] Decorations = "0123456789!@#$%^&*()_-+=.,;:?~`'\"/\\|[]{}<> ".ToCharArray();
}
