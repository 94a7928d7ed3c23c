using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Claims;
using Cnap.Domain.Cases;
using Cnap.Host.Identity;
using Mediator;

namespace Cnap.Host.Audit;

/// <summary>
/// Every command through the mediator leaves an entry: <see cref="IAuditedCommand"/>s say what and who; for other
/// commands the entry names the command type, the case it carries (a <c>CaseId</c> or <c>Id</c> property) and the
/// signed-in user, or the <see cref="Actor"/> the command carries when there is no request (Desk circuits, jobs).
/// A failed command is recorded as failed.
/// </summary>
public sealed class AuditedCommands<TMessage, TResponse>(IAuditTrail audit, IHttpContextAccessor http) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not (IBaseCommand or IAuditedCommand))
            return await next(message, cancellationToken);
        var (record, actor) = message is IAuditedCommand audited ? (audited.Audit, audited.Actor) : Describe(message);
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

    private (AuditRecord, ClaimsPrincipal) Describe(TMessage message)
    {
        var shape = CommandShape.Of(typeof(TMessage));
        var caseId = shape.CaseId?.GetValue(message) as Guid?;
        var record = new AuditRecord("command:" + typeof(TMessage).Name, caseId, ResourceKind: caseId is null ? null : "case", ResourceId: caseId?.ToString());
        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } user)
            return (record, user);
        return shape.Actor?.GetValue(message) is Actor carried
            ? (record, new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, carried.Id), new Claim(CnapClaims.DisplayName, carried.Name)], "command")))
            : (record, new ClaimsPrincipal());
    }
}

/// <summary>Where a command type keeps its case id and its actor, found once per type.</summary>
internal sealed record CommandShape(PropertyInfo? CaseId, PropertyInfo? Actor)
{
    private static readonly ConcurrentDictionary<Type, CommandShape> Shapes = new();

    public static CommandShape Of(Type type) => Shapes.GetOrAdd(type, t =>
    {
        var properties = t.GetProperties(BindingFlags.Instance | BindingFlags.Public);
        var caseId = properties.FirstOrDefault(p => p.Name == "CaseId" && p.PropertyType == typeof(Guid))
            ?? properties.FirstOrDefault(p => p.Name == "Id" && p.PropertyType == typeof(Guid));
        return new CommandShape(caseId, properties.FirstOrDefault(p => p.PropertyType == typeof(Actor)));
    });
}
