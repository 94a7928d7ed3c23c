using System.Text.Json.Nodes;
using Cnap.Workflows.Runtime;

namespace Cnap.Activities.Cases;

/// <summary>
/// What the case commands send to wake the activities that wait on a case: the bookmark an activity makes and the
/// stimulus a command sends are built here from the same name and payload, so they always hash alike.
/// </summary>
public static class CaseStimuli
{
    public const string TaskDecided = "Cnap.TaskDecided";
    public const string ClarificationProvided = "Cnap.ClarificationProvided";
    public const string ResultHandedOver = "Cnap.ResultHandedOver";

    public static JsonObject TaskPayload(Guid taskId) => new() { ["taskId"] = taskId.ToString("D") };

    public static JsonObject CasePayload(Guid caseId) => new() { ["caseId"] = caseId.ToString("D") };

    public static Stimulus Decided(Guid taskId) => new(TaskDecided, TaskPayload(taskId));

    public static Stimulus Clarified(Guid caseId) => new(ClarificationProvided, CasePayload(caseId));

    public static Stimulus HandedOver(Guid caseId) => new(ResultHandedOver, CasePayload(caseId));
}
