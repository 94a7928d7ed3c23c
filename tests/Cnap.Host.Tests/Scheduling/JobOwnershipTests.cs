using Cnap.Host.Scheduling;
using Cnap.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Cnap.Host.Tests.Scheduling;

/// <summary>A recurring job is the Quartz job its feature registered, on the schedule the feature's settings give.</summary>
public sealed class JobOwnershipTests
{
    [Fact]
    public async Task Audit_verification_fires_daily_at_the_configured_time()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(db);
        host.Settings["Audit:VerifyAtUtc"] = "03:15";

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("audit-verification", SchedulingSetup.JobGroup)));

        Assert.Equal("0 15 3 * * ?", trigger.CronExpressionString);
        Assert.Equal(new TimeSpan(3, 15, 0), trigger.NextFireTimeUtc!.Value.TimeOfDay);
    }
}
