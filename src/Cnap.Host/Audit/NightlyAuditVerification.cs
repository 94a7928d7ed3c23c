using Cnap.Workflows.Hosting;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Audit;

/// <summary>
/// Runs <see cref="AuditChainVerifier"/> once a night until the Quartz scheduler hosts it as a job (the verifier is
/// the unit of work either way). Read-only, so several nodes verifying the same night do no harm.
/// </summary>
internal sealed class NightlyAuditVerification(AuditChainVerifier verifier, IOptions<AuditOptions> options, TimeProvider clock, ILogger<NightlyAuditVerification> logger)
    : ResilientBackgroundService(logger)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.NightlyVerification)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CappedDelay.WaitAsync(UntilNext(clock.GetUtcNow(), options.Value.VerifyAtUtc), clock, stoppingToken);
                await verifier.VerifyAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Nightly audit verification failed to run");
            }
        }
    }

    internal static TimeSpan UntilNext(DateTimeOffset now, TimeOnly at)
    {
        var today = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime).ToDateTime(at), TimeSpan.Zero);
        return (today > now ? today : today.AddDays(1)) - now;
    }
}
