namespace Cnap.Host.Cases.Access;

/// <summary>Reads <see cref="CaseFacts"/> for a case, or for the case behind a task or a document.</summary>
public interface ICaseFacts
{
    Task<CaseFacts?> ForCaseAsync(Guid caseId, CancellationToken cancellationToken);

    Task<CaseFacts?> ForTaskAsync(Guid taskId, CancellationToken cancellationToken);

    Task<CaseFacts?> ForDocumentAsync(Guid documentId, CancellationToken cancellationToken);
}
