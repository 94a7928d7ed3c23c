using System.Net;
using System.Text.Json;
using Cnap.Host.Notifications.Dispatch;
using Microsoft.Extensions.Options;
using Refit;

namespace Cnap.Host.Notifications.Sms;

/// <summary>
/// Sends through <see cref="ISmsGatewayApi"/> and sorts the answer: 5xx, 408, 429, an expired token or a dropped
/// connection may pass (retry later); any other refusal, such as an invalid number, will not (stop). The dispatcher owns
/// retries, so every attempt is recorded; no retry handler sits in the HTTP pipeline.
/// </summary>
internal sealed class HttpSmsGateway(IHttpClientFactory clients, IOptions<NotificationOptions> options) : ISmsGateway
{
    public const string GatewayName = "http";
    public const string ClientName = "cnap-sms-gateway";

    public string Name => GatewayName;

    public bool AwaitsReceipts => true;

    public async Task<SendOutcome> SendAsync(string idempotencyKey, string phone, string text, CancellationToken cancellationToken)
    {
        var request = new SendSmsRequest(options.Value.Sms.Sender!, [phone.TrimStart('+')], text, idempotencyKey);
        // A client per send, so the factory can rotate handlers (DNS changes) under a long-lived dispatcher.
        var api = RestService.For<ISmsGatewayApi>(clients.CreateClient(ClientName));
        IApiResponse<SendSmsResponse> response;
        try
        {
            response = await api.SendAsync(request, idempotencyKey, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or ApiException || e is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome.TemporaryFailure($"Gateway unreachable: {e.Message}");
        }
        if (response.IsSuccessStatusCode)
            return Accepted(response.Content);
        var error = Describe(response);
        return response.StatusCode is not { } status || IsTemporary(status) ? new SendOutcome.TemporaryFailure(error) : new SendOutcome.PermanentFailure(error);
    }

    public async Task<SmsStatusAnswer> QueryStatusAsync(string messageId, CancellationToken cancellationToken)
    {
        var api = RestService.For<ISmsGatewayApi>(clients.CreateClient(ClientName));
        IApiResponse<SmsStatusResponse> response;
        try
        {
            response = await api.StatusAsync(messageId, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or ApiException || e is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new SmsStatusAnswer(null, $"gateway unreachable: {e.Message}");
        }
        // Not found or any other refusal settles nothing: the message may not be indexed yet, and a receipt may still come.
        if (!response.IsSuccessStatusCode || response.Content?.Status is not { Length: > 0 } status)
            return new SmsStatusAnswer(null, $"no status ({Describe(response)})");
        var detail = string.IsNullOrWhiteSpace(response.Content.Detail) ? status : $"{status}: {response.Content.Detail}";
        return new SmsStatusAnswer(SmsState.Delivered(status), detail);
    }

    private static SendOutcome Accepted(SendSmsResponse? content)
    {
        var message = content?.Messages?.FirstOrDefault();
        if (message is null)
            return new SendOutcome.TemporaryFailure("Gateway answered without a message");
        if (message.Status is "rejected" or "failed")
            return new SendOutcome.PermanentFailure($"Gateway rejected the message: {message.Error ?? message.Status}");
        return new SendOutcome.Accepted(message.MessageId);
    }

    private static bool IsTemporary(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        // A revoked or mistyped token is fixed in the settings, after which the waiting messages should still go.
        or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    private static string Describe(IApiResponse response)
    {
        if (response.StatusCode is null)
            return $"Gateway unreachable: {response.Error?.Message}";
        var status = $"HTTP {(int)response.StatusCode}";
        var body = (response.Error as ApiException)?.Content;
        if (string.IsNullOrWhiteSpace(body))
            return status;
        try
        {
            var error = JsonSerializer.Deserialize<GatewayError>(body);
            if (error?.Code is not null || error?.Message is not null)
                return $"{status} {error.Code}: {error.Message}".TrimEnd(' ', ':');
        }
        catch (JsonException)
        {
        }
        return $"{status}: {(body.Length > 300 ? body[..300] : body)}";
    }
}
