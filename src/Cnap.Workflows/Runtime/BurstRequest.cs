using Cnap.Workflows.Definitions;

namespace Cnap.Workflows.Runtime;

/// <summary>Everything a burst needs: the pinned definition, the instance, its state (mutated in place) and the stimulus.</summary>
/// <param name="Definition">The version the instance is pinned to.</param>
/// <param name="Instance">Which instance.</param>
/// <param name="State">Its state, mutated in place.</param>
/// <param name="Stimulus">Why it runs.</param>
/// <param name="Services">The scope activities are constructed from (constructor injection).</param>
public sealed record BurstRequest(WorkflowDefinition Definition, InstanceInfo Instance, InstanceState State, BurstStimulus Stimulus, IServiceProvider Services);

/// <summary>Identity of the instance running.</summary>
public sealed record InstanceInfo(string InstanceId, string? CorrelationId, WorkflowStatus Status);
