using Cnap.Host.Data;
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
        builder.Services.AddHostedService<NightlyAuditVerification>();
        builder.Services.AddScoped<IStartupSeeder, AuditAppendOnlyGuard>();
        builder.Services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(AuditedCommands<,>));
    }

    public static void MapCnapAudit(this WebApplication app) => app.MapAuditEndpoints();
}
