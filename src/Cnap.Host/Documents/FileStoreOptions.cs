namespace Cnap.Host.Documents;

public enum FileStoreKind
{
    /// <summary>A folder on this machine's disk (the default; one node, or several sharing a disk).</summary>
    Folder,

    /// <summary>The database, for several nodes that share no disk.</summary>
    Database,
}

/// <summary>Bind from configuration section <c>Documents</c>.</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Documents";

    public FileStoreKind Store { get; set; } = FileStoreKind.Folder;

    /// <summary>Relative paths are under the content root's <c>data/</c>; never under the web root.</summary>
    public string Folder { get; set; } = "documents";
}
