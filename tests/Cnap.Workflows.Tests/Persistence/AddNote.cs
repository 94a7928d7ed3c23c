using Cnap.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Workflows.Tests.Persistence;

/// <summary>An application activity that writes through the scope's context (constructor injection).</summary>
[Activity("Test.AddNote", Category = "Test")]
public sealed class AddNote(DbContext db) : Activity
{
    [Input(Required = true)]
    public string? Text { get; set; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        db.Add(new Note { Text = Text ?? "" });
        return Done();
    }
}
