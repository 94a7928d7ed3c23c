using System.Xml.Linq;

namespace Cnap.Host.Tests.Foundation;

/// <summary>References point only inward: Domain and Workflows know nothing of ours; Activities → both; Host → all.</summary>
public sealed class ArchitectureTests
{
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "Cnap.Domain", [] },
        { "Cnap.Workflows", [] },
        { "Cnap.Activities", ["Cnap.Domain", "Cnap.Workflows"] },
        { "Cnap.Host", ["Cnap.Domain", "Cnap.Workflows", "Cnap.Activities"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Project_references_point_only_inward(string project, string[] allowed)
    {
        var references = ProjectReferences(project);

        Assert.Empty(references.Except(allowed));
    }

    [Theory]
    [InlineData("Cnap.Domain")]
    [InlineData("Cnap.Workflows")]
    [InlineData("Cnap.Activities")]
    public void Inner_assemblies_do_not_reference_outer_ones_at_runtime(string assembly)
    {
        var ours = System.Reflection.Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Cnap.", StringComparison.Ordinal));
        var allowed = Allowed.Single(row => (string)row[0] == assembly)[1] as string[];

        Assert.Empty(ours.Except(allowed!));
    }

    private static string[] ProjectReferences(string project)
    {
        var file = Path.Combine(RepositoryRoot(), "src", project, project + ".csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToArray();
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cnap.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Cnap.sln not found above the test output folder.");
    }
}
