namespace Cnap.Host.Cases.Access;

/// <summary>Why the caller may see a case, which also bounds what they may see of it.</summary>
public enum CaseReach
{
    /// <summary>System administrator: everything, always audited.</summary>
    System,

    /// <summary>Regional head of the case's region.</summary>
    Region,

    /// <summary>Staff of the case's centre.</summary>
    Centre,

    /// <summary>Provider staff holding a task: only what their tasks need (<see cref="CaseAccess.Tasks"/>).</summary>
    Task,

    /// <summary>The applicant themself.</summary>
    Applicant,
}
