using System.Text.Json.Nodes;

namespace Cnap.Workflows.Activities;

/// <summary>Why an activity is resumed: which of its bookmarks, which callback, and the stimulus input.</summary>
public sealed record ResumeInfo(string BookmarkId, string BookmarkName, string Callback, JsonNode? Input);
