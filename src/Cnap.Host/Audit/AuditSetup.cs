using Cnap.Host.Data;
using Cnap.Host.Scheduling;
using Mediator;

namespace Cnap.Host.Audit;

public static class AuditSetup
{
    public static void AddCnapAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IAuditTrail, AuditTrail>();
        builder.Services.AddSingleton<AuditChainVerifier>();
        builder.Services.Configure<AuditOptions>(builder.Configuration.GetSection(AuditOptions.Section));
        var audit = builder.Configuration.GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions();
        if (audit.NightlyVerification)
            builder.AddRecurringJob<AuditVerificationJob>(AuditVerificationJob.Name, "AuditVerification", VerificationSchedule(builder.Configuration, audit));
        builder.Services.AddScoped<IStartupSeeder, AuditAppendOnlyGuard>();
        builder.Services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(AuditedCommands<,>));
    }

    /// <summary>Daily at <c>Audit:VerifyAtUtc</c> unless <c>Scheduling:AuditVerification</c> sets a cron or an interval.</summary>
    private static JobSchedule VerificationSchedule(IConfiguration configuration, AuditOptions audit)
    {
        var own = configuration.GetSection("Scheduling:AuditVerification");
        return own["Cron"] is null && own["Interval"] is null
            ? new JobSchedule { Cron = $"0 {audit.VerifyAtUtc.Minute} {audit.VerifyAtUtc.Hour} * * ?" }
            : new JobSchedule();
    }

    public static void MapCnapAudit(this WebApplication app) => app.MapAuditEndpoints();
}
