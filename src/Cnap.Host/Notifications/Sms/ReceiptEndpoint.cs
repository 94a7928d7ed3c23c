using System.Security.Cryptography;
using System.Text;
using Cnap.Domain;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Notifications.Sms;

/// <summary>
/// The gateway's delivery-receipt callback. Anonymous to our login, protected by the shared secret the gateway sends in
/// <c>X-Callback-Secret</c> (or <c>?secret=</c> for gateways that can only set a URL). An unknown id answers 404 so
/// that the gateway retries: its receipt can overtake our own record of the message id.
/// </summary>
internal static class ReceiptEndpoint
{
    public const string Path = "/api/notifications/sms/receipts";
    public const string SecretHeader = "X-Callback-Secret";

    public static void MapSmsReceipts(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, ReceiveAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<Results<NoContent, UnauthorizedHttpResult, NotFound, BadRequest<string>>> ReceiveAsync(
        DeliveryReceipt receipt, HttpContext http, IOptions<NotificationOptions> options, CnapDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var presented = http.Request.Headers[SecretHeader].FirstOrDefault() ?? http.Request.Query["secret"].FirstOrDefault();
        if (!SecretMatches(options.Value.Sms.CallbackSecret, presented))
            return TypedResults.Unauthorized();
        if (string.IsNullOrWhiteSpace(receipt.MessageId))
            return TypedResults.BadRequest("message_id is required");
        // Twice at most: a status query claiming the entry at the same moment bumps its version once.
        for (var attempt = 1; ; attempt++)
        {
            var entry = await db.Set<OutboxEntry>()
                .FirstOrDefaultAsync(e => e.Channel == NotificationChannel.Sms && e.GatewayMessageId == receipt.MessageId, cancellationToken);
            if (entry is null)
                return TypedResults.NotFound();
            if (receipt.Delivered is not { } delivered)
                return TypedResults.NoContent();
            entry.RecordReceipt(delivered, receipt.Detail ?? receipt.Status!, clock.Now());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.NoContent();
            }
            catch (DbUpdateConcurrencyException) when (attempt == 1)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static bool SecretMatches(string? expected, string? presented) =>
        !string.IsNullOrEmpty(expected) && presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}
