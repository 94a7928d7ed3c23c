namespace Cnap.Host.Access;

/// <summary>What an integrator's key may do; a signed-in person is limited by role and scope only, not by these.</summary>
public static class ApiScopes
{
    public const string CasesRead = "cases:read";
    public const string CasesWrite = "cases:write";
    public const string TasksWrite = "tasks:write";
    public const string CatalogueRead = "catalogue:read";
    public const string AppointmentsWrite = "appointments:write";
    public const string AuditRead = "audit:read";
    public const string IdentityAdmin = "identity:admin";
    public const string WorkflowsRead = "workflows:read";
    public const string WorkflowsWrite = "workflows:write";

    public static readonly string[] All = [CasesRead, CasesWrite, TasksWrite, CatalogueRead, AppointmentsWrite, AuditRead, IdentityAdmin, WorkflowsRead, WorkflowsWrite];
}
