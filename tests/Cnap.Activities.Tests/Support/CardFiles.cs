using Cnap.Workflows.Definitions;

namespace Cnap.Activities.Tests.Support;

/// <summary>The technological cards of workflows/, copied beside the tests unchanged.</summary>
public static class CardFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static IEnumerable<string> Files => Directory.EnumerateFiles(Folder, "*.json").Order();

    public static TheoryData<string> Names => new(Files.Select(Path.GetFileName)!);

    public static WorkflowDefinition Read(string name) => DefinitionReader.Read(File.ReadAllText(Path.Combine(Folder, name)));

    public static string ActivitiesDoc => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "activities.md"));
}
