using Cnap.Domain.Calendar;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Cnap.Host.Notifications.Dispatch;
using Cnap.Host.Notifications.Email;
using Cnap.Host.Notifications.Outbox;
using Cnap.Host.Notifications.Sms;
using Cnap.Host.Notifications.Templates;
using Cnap.Host.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Notifications;

public static class NotificationsSetup
{
    public static void AddCnapNotifications(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(NotificationOptions.Section);
        services.AddOptions<NotificationOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidation>();
        var settings = section.Get<NotificationOptions>() ?? new NotificationOptions();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(Rules);
        services.AddSingleton<TemplateRenderer>();
        services.AddSingleton<TemplateCheck>();
        services.AddScoped<INotificationOutbox, NotificationOutbox>();
        services.AddSingleton<TemplateStore>();
        services.AddSingleton<OutboxLog>();
        services.AddSingleton<IStartupSeeder, TemplateSeeder>();
        AddSmsGateway(services, settings.Sms.Gateway);
        AddEmailTransport(services, settings.Email.Transport);
        services.AddSingleton<OutboxClaims>();
        services.AddSingleton<NotificationDispatcher>();
        if (settings.Dispatcher.Enabled)
            builder.AddRecurringJob<NotificationDispatchJob>(NotificationDispatchJob.Name, "NotificationDispatch", new JobSchedule { Interval = TimeSpan.FromSeconds(10) });
    }

    public static void MapCnapNotifications(this WebApplication app) => app.MapSmsReceipts();

    private static DispatchRules Rules(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<NotificationOptions>>().Value;
        var quiet = options.QuietHours;
        var delays = options.Dispatcher.RetryDelays;
        return new DispatchRules(
            new QuietHours(quiet.Start, quiet.End, UkraineTimeZone.Find(quiet.TimeZone)),
            delays.Count == 0 ? RetrySchedule.Default : new RetrySchedule(delays),
            options.Dispatcher.Lease,
            options.Dispatcher.MaxInterruptions);
    }

    private static void AddSmsGateway(IServiceCollection services, SmsGatewayKind kind)
    {
        if (kind == SmsGatewayKind.Log)
        {
            services.AddSingleton<ISmsGateway, LogSmsGateway>();
            return;
        }
        services.AddHttpClient(HttpSmsGateway.ClientName, (provider, http) =>
            {
                var sms = provider.GetRequiredService<IOptions<NotificationOptions>>().Value.Sms;
                http.BaseAddress = new Uri(sms.BaseUrl!);
                http.Timeout = sms.Timeout;
                http.DefaultRequestHeaders.Authorization = new("Bearer", sms.Token);
            });
        services.AddSingleton<ISmsGateway, HttpSmsGateway>();
    }

    private static void AddEmailTransport(IServiceCollection services, EmailTransportKind kind)
    {
        if (kind == EmailTransportKind.Smtp)
            services.AddSingleton<IEmailTransport, SmtpEmailTransport>();
        else
            services.AddSingleton<IEmailTransport, LogEmailTransport>();
    }
}
