using System.Text.Json;
using Mediator;

namespace Cnap.Host.Queue.Display;

/// <summary>
/// Server-sent events for the hall display: the board whenever it changes. A change on this node wakes the stream at
/// once (<see cref="QueueSignal"/>); a change on another node is seen by the look at the database at least every second.
/// </summary>
public static class DisplayEvents
{
    public static void MapDisplayEvents(this IEndpointRouteBuilder app) =>
        app.MapGet("/queue/{centreCode}/display/events", StreamAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task StreamAsync(string centreCode, HttpContext http, IServiceScopeFactory scopes, QueueSignal signal, CancellationToken ct)
    {
        var board = await ReadAsync(scopes, centreCode, ct);
        if (board is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        string? sent = null;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (board is not null && board.Version != sent)
                {
                    await http.Response.WriteAsync($"data: {JsonSerializer.Serialize(board, JsonSerializerOptions.Web)}\n\n", ct);
                    await http.Response.Body.FlushAsync(ct);
                    sent = board.Version;
                }
                await signal.NextChangeAsync(board?.CentreId ?? Guid.Empty, TimeSpan.FromSeconds(1), ct);
                board = await ReadAsync(scopes, centreCode, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The display went away.
        }
    }

    private static async Task<DisplayBoard?> ReadAsync(IServiceScopeFactory scopes, string centreCode, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetDisplay(centreCode), ct);
    }
}
