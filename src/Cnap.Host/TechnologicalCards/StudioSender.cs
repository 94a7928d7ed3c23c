using Mediator;

namespace Cnap.Host.TechnologicalCards;

/// <summary>
/// Sends the Studio's commands and queries each in a scope of its own: a designer circuit lives for hours, and a
/// database context (the engine's included) must not live that long or be shared by overlapping calls.
/// </summary>
public sealed class StudioSender(IServiceScopeFactory scopes)
{
    public async Task<TResponse> QueryAsync<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, cancellationToken);
    }

    public async Task<TResponse> CommandAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }
}
