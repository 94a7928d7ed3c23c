using Cnap.Domain.Catalogue;

namespace Cnap.Domain.Cases;

public sealed class CaseDocument
{
    private CaseDocument() { }

    internal CaseDocument(Guid id, string title, DocumentForm form, int sheets, int copies, DocumentOrigin origin, DateTimeOffset addedAt, string? scanFileId)
    {
        if (string.IsNullOrWhiteSpace(title))
            throw new DomainException("A document needs a title.");
        if (sheets < 1 || copies < 1)
            throw new DomainException($"«{title}»: sheets and copies must be at least 1 (got {sheets} sheets, {copies} copies).");
        Id = id;
        Title = title.Trim();
        Form = form;
        Sheets = sheets;
        Copies = copies;
        Origin = origin;
        AddedAt = addedAt;
        ScanFileId = scanFileId;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public DocumentForm Form { get; private set; }

    public int Sheets { get; private set; }

    public int Copies { get; private set; }

    public DocumentOrigin Origin { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>The content address of the scan in the file store, once scanned.</summary>
    public string? ScanFileId { get; private set; }

    internal void AttachScan(string fileId) => ScanFileId = fileId;
}
