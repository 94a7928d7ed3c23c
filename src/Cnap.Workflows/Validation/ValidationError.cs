namespace Cnap.Workflows.Validation;

/// <summary>A problem that blocks publishing; <see cref="Message"/> names the activity by name and id.</summary>
public sealed record ValidationError(string? ActivityId, string? ActivityName, string Message);
