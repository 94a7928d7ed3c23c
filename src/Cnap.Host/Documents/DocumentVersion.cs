namespace Cnap.Host.Documents;

/// <summary>A scan that was replaced: the old file stays in the store and is listed here, so nothing filed is lost.</summary>
public sealed class DocumentVersion
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid DocumentId { get; set; }

    public string FileAddress { get; set; } = "";

    public DateTimeOffset ReplacedAt { get; set; }

    public string ReplacedBy { get; set; } = "";
}
