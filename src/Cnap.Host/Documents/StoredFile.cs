namespace Cnap.Host.Documents;

/// <summary>A file kept in the database by the <see cref="DatabaseFileStore"/>.</summary>
public sealed class StoredFile
{
    public string Address { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public long Length { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}
