using Cnap.Host.Data;
using Mediator;

namespace Cnap.Host.Cases;

/// <summary>
/// One transaction per case command: the command's changes, the engine's state and journal, the activities' changes
/// and the outbox entries commit together (the engine joins the open transaction), or nothing does.
/// </summary>
public sealed class CaseTransaction<TMessage, TResponse>(CnapDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not ICaseCommand || db.Database.CurrentTransaction is not null)
            return await next(message, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            // What the failed command changed must not leak into whatever the scope does next.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
