namespace Cnap.Host.RateLimiting.Uploads;

/// <summary>Recognises a file by its first bytes (magic numbers), never by its name or the browser's content type.</summary>
public static class FileSignature
{
    public const int BytesNeeded = 8;

    private static readonly (FileKind Kind, byte[] Magic)[] Signatures =
    [
        (FileKind.Pdf, "%PDF-"u8.ToArray()),
        (FileKind.Jpeg, [0xFF, 0xD8, 0xFF]),
        (FileKind.Png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (FileKind.Tiff, [0x49, 0x49, 0x2A, 0x00]),
        (FileKind.Tiff, [0x4D, 0x4D, 0x00, 0x2A]),
    ];

    public static FileKind Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (kind, magic) in Signatures)
            if (head.StartsWith(magic))
                return kind;
        return FileKind.Unknown;
    }

    public static async Task<FileKind> DetectAsync(Stream content, CancellationToken cancellationToken)
    {
        var head = new byte[BytesNeeded];
        var read = await content.ReadAtLeastAsync(head, BytesNeeded, throwOnEndOfStream: false, cancellationToken);
        if (content.CanSeek)
            content.Seek(0, SeekOrigin.Begin);
        return Detect(head.AsSpan(0, read));
    }
}
