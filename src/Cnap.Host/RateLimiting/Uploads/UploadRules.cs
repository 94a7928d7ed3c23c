namespace Cnap.Host.RateLimiting.Uploads;

/// <summary>What an upload may be; defaults suit scans of documents. Bind from configuration section <c>Uploads</c>.</summary>
public sealed class UploadRules
{
    public const string Section = "Uploads";

    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxFiles { get; set; } = 20;

    public long MaxTotalBytes { get; set; } = 50 * 1024 * 1024;

    public FileKind[] Allowed { get; set; } = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png, FileKind.Tiff];
}
