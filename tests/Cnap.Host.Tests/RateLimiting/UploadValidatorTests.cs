using System.Text;
using Cnap.Host.RateLimiting.Uploads;
using Cnap.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.RateLimiting;

public sealed class UploadValidatorTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F'];
    private static readonly byte[] Exe = Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0");

    [Theory]
    [InlineData("scan.pdf", FileKind.Pdf)]
    [InlineData("photo.png", FileKind.Png)]
    [InlineData("photo.jpg", FileKind.Jpeg)]
    [InlineData("scan.pdf.exe", FileKind.Unknown)]
    public void Type_comes_from_the_first_bytes_not_the_name(string _, FileKind expected)
    {
        var bytes = expected switch { FileKind.Pdf => Pdf, FileKind.Png => Png, FileKind.Jpeg => Jpeg, _ => Exe };

        Assert.Equal(expected, FileSignature.Detect(bytes));
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_an_empty_file_an_oversized_file_and_too_many_files_are_each_explained()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(database);
        host.Settings["Uploads:MaxFileBytes"] = "1024";
        host.Settings["Uploads:MaxFiles"] = "3";
        await using var scope = host.Services.CreateAsyncScope();
        var validator = scope.ServiceProvider.GetRequiredService<UploadValidator>();

        var problems = await validator.ValidateAsync(
        [
            File("заява.pdf", Pdf), File("virus.pdf", Exe), File("empty.png", []), File("big.jpg", [.. Jpeg, .. new byte[2000]]),
        ], CancellationToken.None);

        Assert.Equal(
        [
            ("", "Можна завантажити не більше 3 файлів за раз."),
            ("virus.pdf", "Файл «virus.pdf» не є документом дозволеного типу (PDF, JPEG, PNG, TIFF)."),
            ("empty.png", "Файл «empty.png» порожній."),
            ("big.jpg", "Файл «big.jpg» завеликий: не більше 1 КБ."),
        ], problems.Select(p => (p.FileName, p.Message)));
    }

    [Fact]
    public async Task Good_scans_pass()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(database);
        await using var scope = host.Services.CreateAsyncScope();

        var problems = await scope.ServiceProvider.GetRequiredService<UploadValidator>()
            .ValidateAsync([File("a.pdf", Pdf), File("b.png", Png), File("c.jpg", Jpeg)], CancellationToken.None);

        Assert.Empty(problems);
    }

    private static UploadedFile File(string name, byte[] content) => new(name, content.Length, () => new MemoryStream(content));
}
