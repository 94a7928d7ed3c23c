using Cnap.Domain.Catalogue;

namespace Cnap.Domain.Cases;

/// <summary>A document as the administrator takes it at the counter, before it becomes part of the case.</summary>
public sealed record SubmittedDocument(string Title, DocumentForm Form, int Sheets, int Copies = 1, string? ScanFileId = null);
