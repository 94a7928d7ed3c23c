namespace Cnap.Workflows.Tests.Support;

/// <summary>JSON definitions copied beside the tests (Fixtures/), read unchanged.</summary>
public static class Fixture
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative));
}
