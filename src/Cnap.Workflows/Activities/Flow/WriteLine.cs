namespace Cnap.Workflows.Activities.Flow;

/// <summary>Writes a line of text to the instance's journal.</summary>
[Activity("Elsa.WriteLine", Category = "Primitives", Description = "Writes a line of text to the journal.")]
public sealed class WriteLine : Activity
{
    /// <summary>The text (null writes an empty line).</summary>
    [Input(Description = "The text to write.")]
    public string? Text { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.JournalText = Text ?? "";
        return Done();
    }
}
