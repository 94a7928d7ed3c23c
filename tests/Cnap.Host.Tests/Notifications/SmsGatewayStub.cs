using System.Net;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Cnap.Host.Tests.Notifications;

/// <summary>A real HTTP server on loopback playing the SMS gateway; it answers as scripted and remembers every request.</summary>
public sealed class SmsGatewayStub : IDisposable
{
    public const string Token = "test-token-1f9c";
    public const string Sender = "CNAP-TEST";
    public const string CallbackSecret = "receipt-secret-8d2a";

    private readonly WireMockServer server = WireMockServer.Start();
    private int statusPriority = 1000;

    public string Url => server.Url!;

    public Dictionary<string, string?> HostSettings => new()
    {
        ["Notifications:Sms:Gateway"] = "Http",
        ["Notifications:Sms:BaseUrl"] = Url,
        ["Notifications:Sms:Token"] = Token,
        ["Notifications:Sms:Sender"] = Sender,
        ["Notifications:Sms:CallbackSecret"] = CallbackSecret,
    };

    /// <summary>Accepts every message and gives it the id "gw-" + its idempotency key.</summary>
    public SmsGatewayStub AcceptAll()
    {
        server.Given(Sends()).AtPriority(10).RespondWith(Response.Create().WithCallback(request =>
        {
            var key = request.Headers!["Idempotency-Key"].Single();
            using var body = JsonDocument.Parse(request.Body!);
            var recipient = body.RootElement.GetProperty("recipients")[0].GetString();
            return new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData
                {
                    DetectedBodyType = WireMock.Types.BodyType.String,
                    BodyAsString = JsonSerializer.Serialize(new { messages = new[] { new { recipient, message_id = "gw-" + key, status = "accepted" } } }),
                },
            };
        }));
        return this;
    }

    /// <summary>The first <paramref name="times"/> sends get the status, then the default (set with <see cref="AcceptAll"/>).</summary>
    public SmsGatewayStub FailFirst(int times, HttpStatusCode status, object? body = null)
    {
        for (var i = 0; i < times; i++)
        {
            var step = server.Given(Sends()).AtPriority(1).InScenario("fail-first");
            step = i == 0 ? step.WillSetStateTo("failed-1") : step.WhenStateIs($"failed-{i}").WillSetStateTo($"failed-{i + 1}");
            step.RespondWith(Respond(status, body));
        }
        return this;
    }

    public SmsGatewayStub AlwaysFail(HttpStatusCode status, object? body = null)
    {
        server.Given(Sends()).AtPriority(5).RespondWith(Respond(status, body));
        return this;
    }

    /// <summary>Answers status queries for <paramref name="messageId"/> with the status from now on (the latest call wins).</summary>
    public SmsGatewayStub StatusIs(string messageId, string status, string? detail = null, TimeSpan? delay = null)
    {
        var response = Response.Create().WithStatusCode(HttpStatusCode.OK)
            .WithBodyAsJson(new { message_id = messageId, status, detail });
        server.Given(Request.Create().WithPath($"/v1/messages/{messageId}").UsingGet())
            .AtPriority(statusPriority--)
            .RespondWith(delay is { } wait ? response.WithDelay(wait) : response);
        return this;
    }

    /// <summary>The message ids asked about, in order.</summary>
    public IReadOnlyList<string> StatusQueries => [.. server.LogEntries
        .Where(e => e.RequestMessage.Method == "GET" && e.RequestMessage.Path.StartsWith("/v1/messages/", StringComparison.Ordinal))
        .Select(e => e.RequestMessage.Path["/v1/messages/".Length..])];

    public IReadOnlyList<SentRequest> Requests => [.. server.LogEntries
        .Where(e => e.RequestMessage.Path == "/v1/messages" && e.RequestMessage.Method == "POST")
        .Select(e => new SentRequest(
            e.RequestMessage.Headers!.TryGetValue("Idempotency-Key", out var key) ? key.Single() : null,
            e.RequestMessage.Headers!.TryGetValue("Authorization", out var auth) ? auth.Single() : null,
            JsonDocument.Parse(e.RequestMessage.Body!).RootElement.Clone()))];

    public void Dispose() => server.Stop();

    private static IRequestBuilder Sends() => Request.Create().WithPath("/v1/messages").UsingPost();

    private static IResponseBuilder Respond(HttpStatusCode status, object? body)
    {
        var response = Response.Create().WithStatusCode(status);
        return body is null ? response : response.WithBodyAsJson(body);
    }
}

public sealed record SentRequest(string? IdempotencyKey, string? Authorization, JsonElement Body);
