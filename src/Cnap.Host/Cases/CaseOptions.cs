namespace Cnap.Host.Cases;

/// <summary>Host settings under <c>Cases</c> (the activities read theirs from the same section).</summary>
public sealed class CaseOptions
{
    public const string Section = "Cases";

    /// <summary>Where applicants track a case: notices link to {PublicUrl}/t/{code}; unset, the host's own address (<see cref="PublicAddress"/>).</summary>
    public string? PublicUrl { get; set; }
}
