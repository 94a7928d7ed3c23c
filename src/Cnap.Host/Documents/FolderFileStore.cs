namespace Cnap.Host.Documents;

/// <summary>Files under a folder, fanned out by the first digest bytes so no directory grows huge; written whole, then renamed.</summary>
public sealed class FolderFileStore(string root) : IFileStore
{
    public async Task<string> PutAsync(byte[] content, CancellationToken cancellationToken)
    {
        var address = ContentAddress.Of(content);
        var path = PathOf(ContentAddress.Digest(address)!);
        if (File.Exists(path))
            return address;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return address;
    }

    public async Task<byte[]?> GetAsync(string address, CancellationToken cancellationToken) =>
        ContentAddress.Digest(address) is { } digest && File.Exists(PathOf(digest))
            ? await File.ReadAllBytesAsync(PathOf(digest), cancellationToken)
            : null;

    private string PathOf(string digest) => Path.Combine(root, digest[..2], digest[2..4], digest);
}
