using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cnap.Workflows.Persistence;

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

    /// <summary>
    /// The host reads the engine through its API (InstanceQueries, WorkflowDefinitionService, IWorkflowRuntime): a
    /// file that names an engine table, record type or the engine's view of the context fails here. The migrations are
    /// generated from the model and may name them.
    /// </summary>
    [Theory]
    [InlineData("Cnap.Host")]
    [InlineData("Cnap.Activities")]
    public void Outer_code_never_names_an_engine_table_or_record(string project)
    {
        var engineNames = new Regex(@"\bwf_[a-z_]+\b|\bWorkflowDbContext\b|\bWorkflow(Definition|Trigger|Instance|Bookmark|Journal|Incident|Stimulus)Record\b");
        var folder = Path.Combine(RepositoryRoot(), "src", project);
        var offending = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal)
                        && !f.StartsWith("Data/Migrations/", StringComparison.Ordinal))
            .SelectMany(f => engineNames.Matches(File.ReadAllText(Path.Combine(folder, f))).Select(m => $"{f}: {m.Value}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void The_engine_keeps_its_tables_records_to_itself()
    {
        var records = typeof(WorkflowModel).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(WorkflowModel).Namespace && t.Name.EndsWith("Record", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(records);
        Assert.All(records, t => Assert.False(t.IsPublic, $"{t.Name} is public"));
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
