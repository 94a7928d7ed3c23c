namespace Cnap.Host.Workflows;

/// <summary>
/// The one switch for the workflow API (<c>Workflows:Api:Open</c>). Until the auth layer protects it, the API is
/// open in Development only; elsewhere every route answers 404. The auth layer turns it on and adds its policy
/// to the group in <see cref="WorkflowApi.MapWorkflowApi"/>.
/// </summary>
public sealed class WorkflowApiOptions
{
    public const string Section = "Workflows:Api";

    public bool Open { get; set; }
}
