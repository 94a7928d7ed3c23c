using Cnap.Host.Audit;

namespace Cnap.Host.Tests.Audit;

public sealed class NightlyAuditVerificationTests
{
    [Theory]
    [InlineData("2026-03-02T00:00:00Z", "2026-03-02T00:30:00Z")]
    [InlineData("2026-03-02T00:30:00Z", "2026-03-03T00:30:00Z")]
    [InlineData("2026-03-02T23:59:00Z", "2026-03-03T00:30:00Z")]
    public void Next_run_is_the_next_occurrence_of_the_configured_time(string now, string expected)
    {
        var start = DateTimeOffset.Parse(now);

        Assert.Equal(DateTimeOffset.Parse(expected), start + NightlyAuditVerification.UntilNext(start, new TimeOnly(0, 30)));
    }
}
