using Cnap.Workflows.Definitions;
using Cnap.Workflows.Runtime;

namespace Cnap.Workflows.Management;

/// <summary>Where each activity stands, from the journal: an open incident or bookmark wins over the last entry.</summary>
internal static class ActivityProgressReader
{
    public static IReadOnlyList<ActivityProgress> Read(WorkflowDefinition definition, IReadOnlyList<JournalEntry> journal,
        IReadOnlyList<WaitingBookmark> bookmarks, IReadOnlyList<InstanceIncident> incidents)
    {
        var entries = journal.Where(j => j.ActivityId is not null).ToLookup(j => j.ActivityId!, StringComparer.Ordinal);
        var waiting = bookmarks.Select(b => b.ActivityId).ToHashSet(StringComparer.Ordinal);
        var faulted = incidents.Where(i => i.ResolvedAt is null).Select(i => i.ActivityId).ToHashSet(StringComparer.Ordinal);
        return definition.Root.Activities.Select(node =>
        {
            var own = entries[node.Id].ToList();
            var state = faulted.Contains(node.Id) ? ActivityState.Faulted
                : waiting.Contains(node.Id) ? ActivityState.Waiting
                : own.LastOrDefault(j => j.Event is JournalEvent.Completed or JournalEvent.Skipped or JournalEvent.Cancelled)?.Event switch
                {
                    JournalEvent.Completed => ActivityState.Completed,
                    JournalEvent.Skipped => ActivityState.Skipped,
                    JournalEvent.Cancelled => ActivityState.Cancelled,
                    _ => ActivityState.NotReached,
                };
            return new ActivityProgress(node.Id, node.Name, node.Type, state, own.Count(j => j.Event == JournalEvent.Completed), own.LastOrDefault()?.Time);
        }).ToList();
    }
}
