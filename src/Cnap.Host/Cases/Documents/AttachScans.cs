using Cnap.Domain.Cases;
using Cnap.Host.Data;
using Cnap.Host.Documents;
using Cnap.Host.RateLimiting.Uploads;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Documents;

/// <summary>One scanned file for one of the case's documents.</summary>
public sealed record ScanUpload(Guid DocumentId, string FileName, byte[] Content);

/// <summary>
/// Scans for a case's documents: each checked by its first bytes against the upload rules, stored by content, and a
/// replaced scan kept as an older version. A refused file refuses the whole batch; nothing is attached then.
/// </summary>
public sealed record AttachScans(Guid CaseId, IReadOnlyList<ScanUpload> Scans, Actor By) : ICommand<CaseChanged>, ICaseCommand;

public sealed class UploadRefusedException(IReadOnlyList<UploadProblem> problems)
    : Cnap.Domain.DomainException(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<UploadProblem> Problems => problems;
}

public sealed class AttachScansHandler(CnapDbContext db, IFileStore files, UploadValidator validator, TimeProvider clock)
    : ICommandHandler<AttachScans, CaseChanged>
{
    public async ValueTask<CaseChanged> Handle(AttachScans command, CancellationToken cancellationToken)
    {
        var problems = await validator.ValidateAsync(
            command.Scans.Select(s => new UploadedFile(s.FileName, s.Content.LongLength, () => new MemoryStream(s.Content))).ToList(), cancellationToken);
        if (problems.Count > 0)
            throw new UploadRefusedException(problems);
        var @case = await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
            ?? throw new CaseNotFoundException($"Case {command.CaseId} does not exist.");
        foreach (var scan in command.Scans)
        {
            var address = await files.PutAsync(scan.Content, cancellationToken);
            var previous = @case.Documents.FirstOrDefault(d => d.Id == scan.DocumentId)?.ScanFileId;
            @case.AttachScan(scan.DocumentId, address);
            if (previous is not null && previous != address)
                db.Add(new DocumentVersion
                {
                    Id = Guid.NewGuid(), CaseId = @case.Id, DocumentId = scan.DocumentId, FileAddress = previous,
                    ReplacedAt = clock.GetUtcNow(), ReplacedBy = command.By.Name,
                });
        }
        await db.SaveChangesAsync(cancellationToken);
        return CaseChanged.Of(@case);
    }
}
