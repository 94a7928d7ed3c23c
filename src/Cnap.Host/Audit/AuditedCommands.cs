using Mediator;

namespace Cnap.Host.Audit;

/// <summary>
/// Every command through the mediator leaves an entry: <see cref="IAuditedCommand"/>s say what and who; other
/// commands are recorded by type name for the request's user. A failed command is recorded as failed.
/// </summary>
public sealed class AuditedCommands<TMessage, TResponse>(IAuditTrail audit, IHttpContextAccessor http) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not (IBaseCommand or IAuditedCommand))
            return await next(message, cancellationToken);
        var (record, actor) = message is IAuditedCommand audited
            ? (audited.Audit, audited.Actor)
            : (new AuditRecord("command:" + typeof(TMessage).Name), http.HttpContext?.User ?? new());
        try
        {
            var response = await next(message, cancellationToken);
            await audit.RecordAsync(record, actor, CancellationToken.None);
            return response;
        }
        catch
        {
            await audit.RecordAsync(record with { Action = record.Action + ":failed" }, actor, CancellationToken.None);
            throw;
        }
    }
}
