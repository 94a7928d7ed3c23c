namespace Cnap.Host.Audit;

public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Recompute every chain once a day at this UTC time (00:30 UTC is 02:30–03:30 in Kyiv). Off with <see cref="NightlyVerification"/>.</summary>
    public TimeOnly VerifyAtUtc { get; set; } = new(0, 30);

    public bool NightlyVerification { get; set; } = true;
}
