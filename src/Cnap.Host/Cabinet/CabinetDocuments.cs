using Cnap.Host.Cases.Access;
using System.Security.Claims;
using Cnap.Domain.Cases;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Documents;
using Cnap.Host.RateLimiting.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cabinet;

/// <summary>The applicant downloads the scans and results of their own case; any other document reads as missing.</summary>
public static class CabinetDocuments
{
    public static void MapCnapCabinet(this WebApplication app) =>
        app.MapGet("/cabinet/documents/{documentId:guid}", OpenAsync).RequireAuthorization(CnapPolicies.Citizen).ExcludeFromDescription();

    private static async Task<IResult> OpenAsync(
        Guid documentId, ClaimsPrincipal user, ICaseFacts facts, CnapDbContext db, IFileStore files, CancellationToken cancellationToken)
    {
        if (await facts.ForDocumentAsync(documentId, cancellationToken) is not { } found
            || CaseVisibility.Decide(Caller.From(user), found) is not { Reach: CaseReach.Applicant })
            return TypedResults.NotFound();
        var address = await db.Set<Case>().AsNoTracking().Where(c => c.Id == found.CaseId)
            .SelectMany(c => c.Documents).Where(d => d.Id == documentId).Select(d => d.ScanFileId).FirstOrDefaultAsync(cancellationToken);
        if (address is null || await files.GetAsync(address, cancellationToken) is not { } content)
            return TypedResults.NotFound();
        return TypedResults.File(content, DocumentsSetup.ContentType(FileSignature.Detect(content)), enableRangeProcessing: false);
    }
}
