using System.Security.Claims;
using Cnap.Domain.Cases;
using Cnap.Host.Access;
using Cnap.Host.Cases.Access;
using Cnap.Host.Data;
using Cnap.Host.RateLimiting.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Documents;

public static class DocumentsSetup
{
    public static void AddCnapDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<FileStoreOptions>(builder.Configuration.GetSection(FileStoreOptions.Section));
        builder.Services.AddSingleton<IFileStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<FileStoreOptions>>().Value;
            if (options.Store == FileStoreKind.Database)
                return new DatabaseFileStore(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<TimeProvider>());
            var root = Path.IsPathRooted(options.Folder)
                ? options.Folder
                : Path.Combine(services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "data", options.Folder);
            return new FolderFileStore(root);
        });
    }

    /// <summary>A case document's scan, for staff who reach its case; every opening is written to the audit trail.</summary>
    public static void MapCnapDocuments(this WebApplication app) =>
        app.MapGet("/desk/documents/{documentId:guid}", OpenAsync).RequireAuthorization(CnapPolicies.Staff).ExcludeFromDescription();

    private static async Task<IResult> OpenAsync(
        Guid documentId, ClaimsPrincipal user, ResourceScope scope, CnapDbContext db, IFileStore files, CancellationToken cancellationToken)
    {
        if (await scope.DocumentAsync(user, documentId, "document:open", cancellationToken) is not { } access)
            return TypedResults.NotFound();
        var address = await db.Set<Case>().AsNoTracking().Where(c => c.Id == access.CaseId)
            .SelectMany(c => c.Documents).Where(d => d.Id == documentId).Select(d => d.ScanFileId).FirstOrDefaultAsync(cancellationToken);
        if (address is null || await files.GetAsync(address, cancellationToken) is not { } content)
            return TypedResults.NotFound();
        var kind = FileSignature.Detect(content);
        return TypedResults.File(content, ContentType(kind), enableRangeProcessing: false);
    }

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Tiff => "image/tiff",
        _ => "application/octet-stream",
    };
}
