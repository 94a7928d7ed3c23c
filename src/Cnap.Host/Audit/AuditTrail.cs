using System.Security.Claims;
using Cnap.Domain.Cases;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Audit;

/// <summary>
/// Appends in its own short transaction: an entry must survive even when the caller's work is rolled back. On
/// PostgreSQL writers of one chain queue on an advisory lock; anywhere, two writers racing for the same sequence
/// number collide on the unique index and the loser retries on the new tail.
/// </summary>
internal sealed class AuditTrail(IDbContextFactory<CnapDbContext> contexts, IHttpContextAccessor http, TimeProvider clock) : IAuditTrail
{
    private const int Attempts = 8;

    public async Task<AuditEntry> RecordAsync(AuditRecord record, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        var caller = Caller.From(actor);
        var centre = record.CentreId ?? await CentreOfCaseAsync(record.CaseId, cancellationToken) ?? caller.Centres.Cast<Guid?>().FirstOrDefault();
        var chain = centre?.ToString() ?? AuditChain.System;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({chain}, 0))", cancellationToken);
            var tail = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.Chain == chain).OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
            var entry = new AuditEntry
            {
                Chain = chain,
                Sequence = (tail?.Sequence ?? 0) + 1,
                At = AuditChain.Truncate(clock.GetUtcNow()),
                UserId = caller.UserId,
                UserName = caller.Name,
                Role = caller.MainRole,
                Organisation = OrganisationOf(caller),
                Action = record.Action,
                CaseId = record.CaseId,
                ResourceKind = record.ResourceKind,
                ResourceId = record.ResourceId,
                RemoteAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
                Details = record.Details,
                PreviousHash = tail?.Hash ?? AuditChain.Genesis,
            };
            entry.Hash = AuditChain.HashOf(entry, entry.PreviousHash);
            db.Set<AuditEntry>().Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return entry;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>An entry about a case belongs to the chain of the case's centre, whoever acted.</summary>
    private async Task<Guid?> CentreOfCaseAsync(Guid? caseId, CancellationToken cancellationToken)
    {
        if (caseId is null)
            return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Model.FindEntityType(typeof(Case)) is null)
            return null;
        return await db.Set<Case>().AsNoTracking().Where(c => c.Id == caseId).Select(c => (Guid?)c.CentreId).SingleOrDefaultAsync(cancellationToken);
    }

    private static string? OrganisationOf(Caller caller) =>
        caller.Centres.Count > 0 ? $"Centre:{caller.Centres.First()}"
        : caller.Units.Count > 0 ? $"ProviderUnit:{caller.Units.First()}"
        : caller.Providers.Count > 0 ? $"Provider:{caller.Providers.First()}"
        : caller.Regions.Count > 0 ? $"Region:{caller.Regions.First()}"
        : null;
}
