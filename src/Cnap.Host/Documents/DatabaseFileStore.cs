using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Documents;

/// <summary>Files as rows, in their own short-lived context so a store never joins (or rolls back with) a case's transaction.</summary>
public sealed class DatabaseFileStore(IServiceScopeFactory scopes, TimeProvider clock) : IFileStore
{
    public async Task<string> PutAsync(byte[] content, CancellationToken cancellationToken)
    {
        var address = ContentAddress.Of(content);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        if (await db.Set<StoredFile>().AnyAsync(f => f.Address == address, cancellationToken))
            return address;
        db.Add(new StoredFile { Address = address, Content = content, Length = content.LongLength, StoredAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two uploads of the same bytes at once: the other one stored it, which is all that was asked.
            if (!await AnotherStoredItAsync(address, cancellationToken))
                throw;
        }
        return address;
    }

    public async Task<byte[]?> GetAsync(string address, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        return await db.Set<StoredFile>().AsNoTracking().Where(f => f.Address == address).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<bool> AnotherStoredItAsync(string address, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CnapDbContext>().Set<StoredFile>().AnyAsync(f => f.Address == address, cancellationToken);
    }
}
