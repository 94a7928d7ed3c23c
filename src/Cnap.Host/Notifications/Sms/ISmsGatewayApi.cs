using System.Text.Json.Serialization;
using Refit;

namespace Cnap.Host.Notifications.Sms;

/// <summary>
/// The HTTP SMS gateway, in the shape Ukrainian gateways offer: a bearer token, send with a sender name, recipients and
/// text returning one message id per recipient, and a status query by id. Recipients are 380XXXXXXXXX.
/// </summary>
public interface ISmsGatewayApi
{
    [Post("/v1/messages")]
    Task<IApiResponse<SendSmsResponse>> SendAsync(
        [Body] SendSmsRequest request, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken cancellationToken);

    [Get("/v1/messages/{messageId}")]
    Task<IApiResponse<SmsStatusResponse>> StatusAsync(string messageId, CancellationToken cancellationToken);
}

public sealed record SendSmsRequest(
    [property: JsonPropertyName("sender")] string Sender,
    [property: JsonPropertyName("recipients")] IReadOnlyList<string> Recipients,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("client_ref")] string ClientReference);

public sealed record SendSmsResponse(
    [property: JsonPropertyName("messages")] IReadOnlyList<SentSms>? Messages);

public sealed record SentSms(
    [property: JsonPropertyName("recipient")] string? Recipient,
    [property: JsonPropertyName("message_id")] string? MessageId,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("error")] string? Error);

public sealed record SmsStatusResponse(
    [property: JsonPropertyName("message_id")] string? MessageId,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("detail")] string? Detail = null);

public sealed record GatewayError(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string? Message);
