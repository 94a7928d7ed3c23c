namespace Cnap.Host.Workflows;

/// <summary>
/// <c>Workflows:Api:Open</c>: on by default; off answers 404 on every route of the workflow API (a host that only serves
/// the Portal, say). Who may call which route is the routes' policies' business (<see cref="WorkflowApi.MapWorkflowApi"/>).
/// </summary>
public sealed class WorkflowApiOptions
{
    public const string Section = "Workflows:Api";

    public bool Open { get; set; } = true;
}
