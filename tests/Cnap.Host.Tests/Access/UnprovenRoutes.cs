namespace Cnap.Host.Tests.Access;

/// <summary>
/// Routes that take a scoped id and still lack a proof, each with who owns it. The inventory tolerates exactly
/// these; every entry is a debt: add a [ProvesOutOfScope] test and delete the line. An entry whose route no longer
/// exists fails the inventory too, so the list cannot rot.
/// </summary>
public static class UnprovenRoutes
{
    public static readonly IReadOnlyDictionary<string, string> Pending = new Dictionary<string, string>
    {
        // Issue 12 (Desk): these pages and downloads check CaseApiAccess / ResourceScope and answer "not found", but no
        // test yet proves it for another centre, another provider and another citizen.
        ["GET /desk/cases/{Id:guid}"] = "issue 12",
        ["POST /desk/cases/{Id:guid}"] = "issue 12",
        ["GET /desk/cases/{id:guid}/print/{form}"] = "issue 12",
        ["GET /desk/documents/{documentId:guid}"] = "issue 12",
        ["GET /desk/tasks/{TaskId:guid}"] = "issue 12",
        ["POST /desk/tasks/{TaskId:guid}"] = "issue 12",
    };
}
