namespace Cnap.Host.Documents;

/// <summary>
/// Uploaded files by their content: the address is the SHA-256 of the bytes, so the same scan stored twice is one file
/// and a stored file can never change under its address.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content (idempotent) and answers its address, <c>sha256:</c> followed by 64 hex digits.</summary>
    Task<string> PutAsync(byte[] content, CancellationToken cancellationToken);

    /// <summary>The content at the address, or null when nothing is stored there.</summary>
    Task<byte[]?> GetAsync(string address, CancellationToken cancellationToken);
}
