using System.Net.Http.Json;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Cnap.Host.Notifications.Dispatch;
using Cnap.Host.Notifications.Outbox;
using Cnap.Host.Notifications.Sms;
using Cnap.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Cnap.Host.Tests.Notifications;

/// <summary>
/// The real host over a real database with a fake clock and no background workers, so a test decides when a
/// dispatch round runs. Several hosts may share one database and one clock, as nodes of a cluster do.
/// </summary>
public sealed class NotificationHost : IAsyncDisposable
{
    // 10:00 Kyiv time on a winter Monday: outside quiet hours.
    public static readonly DateTimeOffset Morning = DateTimeOffset.Parse("2026-02-02T08:00:00Z");

    private readonly CnapHostFactory factory;
    private readonly WebApplicationFactory<Program> host;

    private NotificationHost(CnapHostFactory factory, FakeTimeProvider clock)
    {
        this.factory = factory;
        Clock = clock;
        host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            // Other features' workers poll on the clock; moving a fake clock a day ahead would fire them thousands of times.
            foreach (var worker in services.Where(IsCnapWorker).ToList())
                services.Remove(worker);
        }));
    }

    private static bool IsCnapWorker(ServiceDescriptor service) =>
        service.ServiceType == typeof(IHostedService)
        && (service.ImplementationType ?? service.ImplementationInstance?.GetType())?.Namespace?.StartsWith("Cnap.", StringComparison.Ordinal) == true;

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => host.Services;

    public NotificationDispatcher Dispatcher => host.Services.GetRequiredService<NotificationDispatcher>();

    public HttpClient CreateClient() => host.CreateClient();

    /// <summary>The gateway's delivery receipt, signed with <paramref name="secret"/>; null sends no secret header.</summary>
    public async Task<HttpResponseMessage> PostReceiptAsync(string messageId, string status, string? secret = SmsGatewayStub.CallbackSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ReceiptEndpoint.Path)
        {
            Content = JsonContent.Create(new { message_id = messageId, status, detail = status.ToUpperInvariant() }),
        };
        if (secret is not null)
            request.Headers.Add(ReceiptEndpoint.SecretHeader, secret);
        return await CreateClient().SendAsync(request);
    }

    public static NotificationHost Start(TestDatabase database, IDictionary<string, string?> settings, FakeTimeProvider? clock = null)
    {
        var factory = new CnapHostFactory(database);
        factory.Settings["Notifications:Dispatcher:Enabled"] = "false";
        factory.Settings["Notifications:Dispatcher:RetryDelays:0"] = "00:01:00";
        factory.Settings["Notifications:Dispatcher:RetryDelays:1"] = "00:10:00";
        foreach (var (key, value) in settings)
            factory.Settings[key] = value;
        var started = new NotificationHost(factory, clock ?? new FakeTimeProvider(Morning));
        _ = started.host.Server;
        return started;
    }

    /// <summary>What a case change does: notices written in the caller's scope and committed with its own SaveChanges.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> NotifyAsync(NotificationEvent @event, NotificationRecipient recipient, TemplateModel? model = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<INotificationOutbox>();
        var entries = await outbox.NotifyAsync(@event, recipient, model ?? SampleCase());
        await scope.ServiceProvider.GetRequiredService<CnapDbContext>().SaveChangesAsync();
        return entries;
    }

    public async Task<OutboxEntry> EntryAsync(Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CnapDbContext>().Set<OutboxEntry>().AsNoTracking().SingleAsync(e => e.Id == id);
    }

    public async Task<List<OutboxEntry>> EntriesAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CnapDbContext>().Set<OutboxEntry>().AsNoTracking().ToListAsync();
    }

    public static TemplateModel SampleCase() => new TemplateModel()
        .Set("Case.Number", "ЦНАП-7/2026/000042")
        .Set("Case.TrackingCode", "4821-0937-5562")
        .Set("Case.Deadline", "16.02.2026")
        .Set("Case.TrackingUrl", "https://cnap.example.gov.ua/t/482109375562")
        .Set("Applicant.Name", "Олена Петренко")
        .Set("Service.Name", "Реєстрація місця проживання")
        .Set("Centre.Name", "ЦНАП Подільського району")
        .Set("Centre.Address", "м. Київ, вул. Костянтинівська, 9/6")
        .Set("Centre.Phone", "+380444251234")
        .Set("Centre.Hours", "пн–пт 08:00–20:00");

    public static NotificationRecipient Olena(
        bool sms = true, bool email = true, string? phone = "050 123 45 67", string? address = "olena.petrenko@example.com") =>
        new(phone, address, sms, email);

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await factory.DisposeAsync();
    }
}
