using Cnap.Domain.ProviderTasks;

namespace Cnap.Host.Demo;

/// <summary>One demo case: its service, centre and applicant, and what happens to it, step by step.</summary>
internal sealed record DemoCase(string Key, string Service, string Centre, int Applicant, IReadOnlyList<DemoStep> Steps, string? Variant = null);

/// <summary>When a step happens: working days before today, at a local hour.</summary>
internal abstract record DemoStep(int DaysBack, int Hour);

internal sealed record Register(int DaysBack, int Hour) : DemoStep(DaysBack, Hour);

/// <summary>The open task whose stage contains <see cref="Stage"/> (any open task when null) is decided.</summary>
internal sealed record Decide(int DaysBack, int Hour, TaskOutcome Outcome, string Comment, string? Stage = null, string? Result = null, string? Ground = null)
    : DemoStep(DaysBack, Hour);

internal sealed record Clarify(int DaysBack, int Hour, string Answer) : DemoStep(DaysBack, Hour);

internal sealed record Issue(int DaysBack, int Hour) : DemoStep(DaysBack, Hour);

internal sealed record Withdraw(int DaysBack, int Hour, string Reason) : DemoStep(DaysBack, Hour);

internal sealed record Annul(int DaysBack, int Hour, string Reason) : DemoStep(DaysBack, Hour);
