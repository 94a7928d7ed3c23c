using System.Text;
using Cnap.Domain.Cases;
using Cnap.Host.Cases;
using Cnap.Host.Cases.Documents;
using Cnap.Host.Documents;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Desk;

/// <summary>Scans in the content-addressed store: checked by first bytes, stored once, replaced ones kept, on both databases.</summary>
public sealed class DocumentStoreTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%first\n%%EOF\n");
    private static readonly byte[] OtherPdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%second\n%%EOF\n");
    private static readonly byte[] Executable = [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0];

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_renamed_executable_is_refused_and_a_replaced_scan_is_kept_as_a_version(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["id-card"]);
        var document = (await host.Api.CaseAsync(registered.Id)).Documents[0].Id;
        Task<CaseChanged> AttachAsync(string name, byte[] content) => host.InScopeAsync((services, _) => services.GetRequiredService<IMediator>()
            .Send(new AttachScans(registered.Id, [new ScanUpload(document, name, content)], new Actor("admin-1", "Адміністратор"))).AsTask());

        var refused = await Assert.ThrowsAsync<UploadRefusedException>(() => AttachAsync("pasport.pdf", Executable));
        Assert.Contains("pasport.pdf", refused.Message, StringComparison.Ordinal);
        Assert.False((await host.Api.CaseAsync(registered.Id)).Documents[0].Scanned);

        await AttachAsync("pasport.pdf", Pdf);
        await AttachAsync("pasport-2.pdf", OtherPdf);
        var (scan, versions) = await host.InScopeAsync(async (_, db) => (
            await db.Set<Case>().Where(c => c.Id == registered.Id).SelectMany(c => c.Documents).Select(d => d.ScanFileId).SingleAsync(d => d != null),
            await db.Set<DocumentVersion>().Where(v => v.DocumentId == document).Select(v => v.FileAddress).ToListAsync()));
        Assert.Equal(ContentAddress.Of(OtherPdf), scan);
        Assert.Equal([ContentAddress.Of(Pdf)], versions);
        var files = host.Services.GetRequiredService<IFileStore>();
        Assert.Equal(Pdf, await files.GetAsync(versions[0], default));
        Assert.Equal(OtherPdf, await files.GetAsync(scan!, default));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_database_store_keeps_one_row_per_content_and_refuses_addresses_that_are_not_its_own(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var store = new DatabaseFileStore(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Clock);
        var first = await store.PutAsync(Pdf, default);
        Assert.Equal(first, await store.PutAsync(Pdf, default));
        Assert.Equal(Pdf, await store.GetAsync(first, default));
        Assert.Null(await store.GetAsync(ContentAddress.Of(OtherPdf), default));
        Assert.Equal(1, await host.InScopeAsync((_, db) => db.Set<StoredFile>().CountAsync()));

        var folder = new FolderFileStore(Path.Combine(Path.GetTempPath(), "cnap-store-" + Guid.NewGuid().ToString("N")));
        Assert.Null(await folder.GetAsync("sha256:../../etc/passwd", default));
        Assert.Equal(Pdf, await folder.GetAsync(await folder.PutAsync(Pdf, default), default));
    }
}
