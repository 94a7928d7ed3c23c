namespace Cnap.Host.RateLimiting.Uploads;

public enum FileKind
{
    Unknown,
    Pdf,
    Jpeg,
    Png,
    Tiff,
}
