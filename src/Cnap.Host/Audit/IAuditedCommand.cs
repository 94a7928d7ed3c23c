using System.Security.Claims;

namespace Cnap.Host.Audit;

/// <summary>A command that says who sends it and what to record; <see cref="AuditedCommands{TMessage,TResponse}"/> writes the entry.</summary>
public interface IAuditedCommand
{
    ClaimsPrincipal Actor { get; }

    AuditRecord Audit { get; }
}
