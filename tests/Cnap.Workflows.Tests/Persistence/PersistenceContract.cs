using System.Text.Json.Nodes;
using Cnap.Testing;
using Cnap.Workflows.Management;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Cnap.Workflows.Stimuli;
using Cnap.Workflows.Tests.Support;
using Cnap.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Workflows.Tests.Persistence;

/// <summary>What the engine promises of any store; run once per database by the subclasses below.</summary>
public abstract class PersistenceContract(DatabaseKind kind)
{
    protected Task<EngineHost> HostAsync(Action<Hosting.WorkflowOptions>? configure = null) => EngineHost.CreateAsync(kind, configure);

    protected static async Task<string> PublishAsync(EngineHost host, FlowBuilder flow, string definitionId)
    {
        await host.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<WorkflowDefinitionService>();
            await definitions.SaveDraftAsync(flow.Json(definitionId).ToJsonString());
            var published = await definitions.PublishAsync(definitionId);
            Assert.True(published.Succeeded, string.Join("; ", published.Errors.Select(e => e.Message)));
        });
        return definitionId;
    }

    protected static Task<InstanceResult> StartAsync(EngineHost host, string definitionId, string? correlationId = null) =>
        host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow(definitionId, CorrelationId: correlationId)));

    private protected static Task<List<WorkflowJournalRecord>> JournalAsync(EngineHost host, string instanceId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync());

    private protected static Task<List<WorkflowBookmarkRecord>> BookmarksAsync(EngineHost host, string instanceId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).ToListAsync());

    private protected static Task<WorkflowInstanceRecord> InstanceAsync(EngineHost host, string instanceId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Instances.AsNoTracking().SingleAsync(i => i.Id == instanceId));

    private protected static List<string> Lines(IEnumerable<WorkflowJournalRecord> journal) =>
        journal.Where(j => j.ActivityType == "Elsa.WriteLine" && j.Event == JournalEvent.Completed).Select(j => j.Text ?? "").ToList();

    private static FlowBuilder Approval() => new FlowBuilder().Line("Received").Event("Decision", "approved").Line("Approved").Chain("Received", "Decision", "Approved");

    [Fact]
    public async Task A_started_instance_suspends_on_its_bookmark_and_an_event_completes_it()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, Approval(), "approval");

        var started = await StartAsync(host, "approval", "case-1");
        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        var bookmark = Assert.Single(await BookmarksAsync(host, started.InstanceId));
        Assert.Equal("Elsa.Event", bookmark.Name);

        var sent = await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().SendAsync(new Stimulus("Elsa.Event", Activities.Flow.Event.Payload("approved"))));

        Assert.Equal(ResumeOutcome.Resumed, Assert.Single(sent.Resumed).Outcome);
        Assert.Equal(WorkflowStatus.Finished, (await InstanceAsync(host, started.InstanceId)).Status);
        Assert.Equal(["Received", "Approved"], Lines(await JournalAsync(host, started.InstanceId)));
        Assert.Empty(await BookmarksAsync(host, started.InstanceId));
        Assert.Equal("case-1", (await InstanceAsync(host, started.InstanceId)).CorrelationId);
    }

    [Fact]
    public async Task Fifty_concurrent_resumes_of_one_bookmark_take_effect_exactly_once()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, Approval(), "approval");
        var started = await StartAsync(host, "approval");
        var bookmarkId = (await BookmarksAsync(host, started.InstanceId)).Single().Id;

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().ResumeAsync(bookmarkId)))));

        Assert.Single(results, r => r.Outcome == ResumeOutcome.Resumed);
        Assert.All(results.Where(r => r.Outcome != ResumeOutcome.Resumed), r => Assert.Contains(r.Outcome, new[] { ResumeOutcome.AlreadyConsumed, ResumeOutcome.NotFound }));
        var journal = await JournalAsync(host, started.InstanceId);
        Assert.Single(journal, j => j.Event == JournalEvent.Resumed);
        Assert.Equal(["Received", "Approved"], Lines(journal));
    }

    [Fact]
    public async Task An_instance_stays_on_the_version_it_started_on()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, Approval(), "approval");
        var old = await StartAsync(host, "approval");
        await PublishAsync(host, new FlowBuilder().Line("Received").Event("Decision", "approved").Line("Approved v2").Chain("Received", "Decision", "Approved v2"), "approval");
        var current = await StartAsync(host, "approval");

        await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().SendAsync(new Stimulus("Elsa.Event", Activities.Flow.Event.Payload("approved"))));

        Assert.Equal(["Received", "Approved"], Lines(await JournalAsync(host, old.InstanceId)));
        Assert.Equal(["Received", "Approved v2"], Lines(await JournalAsync(host, current.InstanceId)));
        Assert.Equal(1, (await InstanceAsync(host, old.InstanceId)).Version);
        Assert.Equal(2, (await InstanceAsync(host, current.InstanceId)).Version);
    }

    [Fact]
    public async Task Versions_go_from_draft_to_published_to_retracted_and_revert_copies_an_old_one()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, Approval(), "approval");
        await PublishAsync(host, new FlowBuilder().Line("Only"), "approval");

        await host.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<WorkflowDefinitionService>();
            var versions = await definitions.VersionsAsync("approval");
            Assert.Equal([(2, true, true), (1, false, false)], versions.Select(v => (v.Version, v.IsLatest, v.IsPublished)));

            await definitions.RetractAsync("approval");
            await Assert.ThrowsAsync<WorkflowNotFoundException>(() => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow("approval")));

            var reverted = await definitions.RevertAsync("approval", 1);
            Assert.Equal(3, reverted.Version);
            Assert.False(reverted.IsPublished);
            var (_, json) = (await definitions.GetAsync("approval"))!.Value;
            Assert.Equal(3, json["root"]!["activities"]!.AsArray().Count);
        });
    }

    [Fact]
    public async Task An_unpublishable_definition_is_refused_with_errors_naming_the_activity()
    {
        await using var host = await HostAsync();
        await host.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<WorkflowDefinitionService>();
            await definitions.SaveDraftAsync(Fixture.Read("elsa-document-review.json"));
            var result = await definitions.PublishAsync("acme-document-review");
            Assert.False(result.Succeeded);
            Assert.Contains(result.Errors, e => e.Message.Contains("ReviewDocument1") && e.Message.Contains("Acme.ReviewDocument"));
        });
    }

    [Fact]
    public async Task An_event_with_can_start_workflow_starts_new_instances()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, new FlowBuilder().Event("Applied", "application-received", canStart: true).Line("Registered").Chain("Applied", "Registered"), "intake");

        var sent = await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().SendAsync(new Stimulus("Elsa.Event", Activities.Flow.Event.Payload("application-received"))));

        var started = Assert.Single(sent.Started);
        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Equal(["Registered"], Lines(await JournalAsync(host, started.InstanceId)));
    }

    [Fact]
    public async Task A_burst_and_the_application_changes_commit_in_the_callers_transaction_or_not_at_all()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, new FlowBuilder().Custom("Note", "Test.AddNote", ("text", FlowBuilder.Literal("hello"))).Event("Wait", "x").Chain("Note", "Wait"), "notes");

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EngineTestDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow("notes"));
            await transaction.RollbackAsync();
        });
        Assert.Equal((0, 0), await CountsAsync(host));

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EngineTestDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow("notes"));
            await transaction.CommitAsync();
        });
        Assert.Equal((1, 1), await CountsAsync(host));

        static Task<(int, int)> CountsAsync(EngineHost host) => host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EngineTestDbContext>();
            return (await db.Set<WorkflowInstanceRecord>().CountAsync(), await db.Set<Note>().CountAsync());
        });
    }

    [Fact]
    public async Task A_stimulus_that_arrives_before_its_bookmark_is_delivered_by_a_retry()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, Approval(), "approval");
        var early = await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().SendAsync(new Stimulus("Elsa.Event", Activities.Flow.Event.Payload("approved"))));
        Assert.NotNull(early.QueuedStimulusId);

        var started = await StartAsync(host, "approval");
        host.Clock.Advance(TimeSpan.FromSeconds(2));
        var delivered = await host.InScopeAsync(sp => sp.GetRequiredService<StimulusQueueProcessor>().ProcessDueAsync());

        Assert.Equal(1, delivered);
        Assert.Equal(WorkflowStatus.Finished, (await InstanceAsync(host, started.InstanceId)).Status);
        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Stimuli.CountAsync()));
    }

    [Fact]
    public async Task A_stimulus_that_never_matches_is_dead_lettered_after_the_last_attempt()
    {
        await using var host = await HostAsync(o => o.StimulusQueue.MaxAttempts = 3);
        await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().SendAsync(new Stimulus("Elsa.Event", Activities.Flow.Event.Payload("nobody"))));

        for (var i = 0; i < 5; i++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            await host.InScopeAsync(sp => sp.GetRequiredService<StimulusQueueProcessor>().ProcessDueAsync());
        }

        var record = await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Stimuli.AsNoTracking().SingleAsync());
        Assert.Equal(3, record.Attempts);
        Assert.NotNull(record.DeadLetteredAt);
    }

    [Fact]
    public async Task A_faulted_instance_keeps_its_incident_and_a_retry_resolves_it()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, new FlowBuilder().Variable("Ready", "Boolean", "false").Event("Go", "go")
            .Decision("Check", "if (!getReady()) throw new Error('not ready'); true").Line("Done")
            .Chain("Go", "Check").Connect("Check:True", "Done"), "fragile");
        var started = await StartAsync(host, "fragile");
        var bookmarkId = (await BookmarksAsync(host, started.InstanceId)).Single().Id;
        var resumed = await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().ResumeAsync(bookmarkId));
        Assert.Equal(WorkflowStatus.Faulted, resumed.Status);

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WorkflowDbContext>();
            var incident = await db.Incidents.AsNoTracking().SingleAsync();
            Assert.Contains("'Check' (id Check, Elsa.FlowDecision)", incident.Message);
            var instance = await db.Instances.AsTracking().SingleAsync();
            var state = InstanceState.Deserialize(instance.State);
            state.Variables["Ready"] = true;
            instance.State = state.Serialize();
            await db.Context.SaveChangesAsync();
        });
        var retried = await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().RetryAsync(started.InstanceId));

        Assert.Equal(WorkflowStatus.Finished, retried.Status);
        Assert.Equal(["Done"], Lines(await JournalAsync(host, started.InstanceId)));
        Assert.NotNull((await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Incidents.AsNoTracking().SingleAsync())).ResolvedAt);
    }

    [Fact]
    public async Task Cancelling_an_instance_deletes_its_bookmarks_and_timers()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, new FlowBuilder().Line("A").Event("E", "x").Delay("T", "10.00:00:00").Connect("A", "E").Connect("A", "T"), "waiting");
        var started = await StartAsync(host, "waiting");
        Assert.Equal(2, (await BookmarksAsync(host, started.InstanceId)).Count);

        var cancelled = await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().CancelAsync(started.InstanceId));

        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Empty(await BookmarksAsync(host, started.InstanceId));
    }

    [Fact]
    public async Task A_due_timer_is_fired_once_by_the_sweeper()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, new FlowBuilder().Delay("Wait", "00:05:00").Line("Later").Chain("Wait", "Later"), "timer");
        var started = await StartAsync(host, "timer");
        var timer = (await BookmarksAsync(host, started.InstanceId)).Single();
        Assert.Equal(host.Clock.GetUtcNow() + TimeSpan.FromMinutes(5), timer.DueAt);

        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<TimerSweeper>().SweepAsync()));
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await host.InScopeAsync(sp => sp.GetRequiredService<TimerSweeper>().SweepAsync()));
        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<TimerSweeper>().SweepAsync()));

        Assert.Equal(["Later"], Lines(await JournalAsync(host, started.InstanceId)));
    }

    [Fact]
    public async Task A_timer_due_at_a_local_time_fires_at_that_instant()
    {
        await using var host = await HostAsync();
        var due = host.Clock.GetUtcNow() + TimeSpan.FromHours(1);
        var kyiv = due.ToOffset(TimeSpan.FromHours(2)).ToString("O");
        await PublishAsync(host, new FlowBuilder().Custom("Wait", "Elsa.StartAt", ("dateTime", FlowBuilder.Literal(kyiv))).Line("Later").Chain("Wait", "Later"), "local");
        var started = await StartAsync(host, "local");
        Assert.Equal(due, (await BookmarksAsync(host, started.InstanceId)).Single().DueAt);

        host.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<TimerSweeper>().SweepAsync()));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.InScopeAsync(sp => sp.GetRequiredService<TimerSweeper>().SweepAsync()));

        Assert.Equal(["Later"], Lines(await JournalAsync(host, started.InstanceId)));
    }

    [Fact]
    public async Task A_timer_fires_after_a_restart()
    {
        var first = await HostAsync();
        await PublishAsync(first, new FlowBuilder().Delay("Wait", "1.00:00:00").Line("Next day").Chain("Wait", "Next day"), "overnight");
        var started = await StartAsync(first, "overnight");
        var restarted = first.Sibling(first.Clock.GetUtcNow() + TimeSpan.FromDays(1));

        var fired = await restarted.InScopeAsync(sp => sp.GetRequiredService<TimerSweeper>().SweepAsync());

        Assert.Equal(1, fired);
        Assert.Equal(WorkflowStatus.Finished, (await InstanceAsync(restarted, started.InstanceId)).Status);
        Assert.Equal(["Next day"], Lines(await JournalAsync(restarted, started.InstanceId)));
        await restarted.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task Timers_fired_together_resume_each_once_even_two_of_one_instance_or_one_gone_in_a_fixed_number_of_round_trips()
    {
        await using var host = await HostAsync(o => o.Timers.FiringChunkSize = 100);
        await PublishAsync(host, new FlowBuilder().Line("A").Delay("T1", "00:01:00").Line("One").Delay("T2", "00:01:00").Line("Two").Join("J", "WaitAll").Line("Both")
            .Connect("A", "T1").Connect("A", "T2").Connect("T1", "One").Connect("T2", "Two").Connect("One", "J").Connect("Two", "J").Connect("J", "Both"), "pair");
        await PublishAsync(host, new FlowBuilder().Delay("Wait", "00:01:00").Line("Fired").Chain("Wait", "Fired"), "single");
        var pairs = new List<InstanceResult>();
        var singles = new List<InstanceResult>();
        for (var i = 0; i < 3; i++)
            pairs.Add(await StartAsync(host, "pair"));
        for (var i = 0; i < 30; i++)
            singles.Add(await StartAsync(host, "single"));
        var gone = singles[0].OpenedBookmarkIds!.Single();
        await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().ResumeAsync(gone));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var timers = pairs.SelectMany(p => p.OpenedBookmarkIds!).Concat(singles.Select(s => s.OpenedBookmarkIds!.Single())).ToList();
        Assert.Equal(36, timers.Count);

        host.RoundTrips.Reset();
        await host.InScopeAsync(sp => sp.GetRequiredService<TimerFiring>().FireAsync(timers, parallel: false, CancellationToken.None));

        // One locking read, one write, one commit for the chunk; only each pair's second timer goes alone (read, write).
        if (host.Kind == DatabaseKind.Postgres)
            Assert.Equal(3 + 2 * pairs.Count, host.RoundTrips.Count);
        foreach (var pair in pairs)
        {
            var journal = await JournalAsync(host, pair.InstanceId);
            Assert.Equal(["Both"], Lines(journal).Where(l => l == "Both"));
            Assert.Equal(2, journal.Count(j => j.Event == JournalEvent.Resumed));
            Assert.Equal(WorkflowStatus.Finished, (await InstanceAsync(host, pair.InstanceId)).Status);
        }
        foreach (var single in singles)
        {
            var journal = await JournalAsync(host, single.InstanceId);
            Assert.Equal(["Fired"], Lines(journal));
            Assert.Single(journal, j => j.Event == JournalEvent.Resumed);
            Assert.Equal(2, (await InstanceAsync(host, single.InstanceId)).Revision);
        }
        Assert.Empty(await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Bookmarks.AsNoTracking().ToListAsync()));
    }

    [Fact]
    public async Task Two_nodes_sweeping_the_same_due_timers_fire_each_exactly_once()
    {
        await using var first = await HostAsync(o => o.Timers.BatchSize = 25);
        await PublishAsync(first, new FlowBuilder().Delay("Wait", "00:01:00").Line("Fired").Chain("Wait", "Fired"), "timers");
        const int count = 200;
        var instances = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => StartAsync(first, "timers")));
        first.Clock.Advance(TimeSpan.FromMinutes(1));
        await using var second = first.Sibling(first.Clock.GetUtcNow());

        async Task<int> SweepUntilDryAsync(EngineHost node)
        {
            var total = 0;
            while (await node.InScopeAsync(sp => sp.GetRequiredService<TimerSweeper>().SweepAsync()) is var claimed and > 0)
                total += claimed;
            return total;
        }
        var claimed = await Task.WhenAll(Task.Run(() => SweepUntilDryAsync(first)), Task.Run(() => SweepUntilDryAsync(second)));

        Assert.Equal(count, claimed.Sum());
        var resumed = await first.InScopeAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Journal.AsNoTracking()
            .Where(j => j.Event == JournalEvent.Resumed).GroupBy(j => j.InstanceId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(count, resumed.Count);
        Assert.All(resumed, n => Assert.Equal(1, n));
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, InstanceAsync(first, i.InstanceId).Result.Status));
    }

    [Fact]
    public async Task The_engine_answers_who_waits_where_each_activity_stands_and_which_cards_are_published()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, Approval(), "approval");
        var started = await StartAsync(host, "approval", "case-7");
        var stimulus = new Stimulus("Elsa.Event", Activities.Flow.Event.Payload("approved"));

        var (waiting, goesOnDone, goesOnRefused, details, unknown) = await host.InScopeAsync(async sp =>
        {
            var instances = sp.GetRequiredService<InstanceQueries>();
            var waiting = await instances.WaitingAsync(stimulus);
            return (waiting, await instances.CanContinueAsync(waiting!, "done"), await instances.CanContinueAsync(waiting!, "Refused"),
                await instances.GetAsync(started.InstanceId), await instances.FindAsync("no-such-instance"));
        });

        Assert.Equal(("Decision", started.InstanceId), (waiting!.ActivityId, waiting.InstanceId));
        Assert.True(goesOnDone);
        Assert.False(goesOnRefused);
        Assert.Null(unknown);
        Assert.Equal("case-7", details.Instance.CorrelationId);
        Assert.Equal("approval", details.Definition!.DefinitionId);
        Assert.Equal(waiting.Id, Assert.Single(details.Bookmarks).Id);
        Assert.Equal([ActivityState.Completed, ActivityState.Waiting, ActivityState.NotReached], details.Activities.Select(a => a.State));

        await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().ResumeAsync(waiting.Id));
        var (journal, nothingWaits, published, isPublished, exists) = await host.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<WorkflowDefinitionService>();
            return (await sp.GetRequiredService<InstanceQueries>().JournalAsync(started.InstanceId),
                await sp.GetRequiredService<InstanceQueries>().WaitingAsync(stimulus),
                await definitions.ListPublishedAsync(), await definitions.IsPublishedAsync("approval"), await definitions.ExistsAsync("other"));
        });
        Assert.Equal(journal.Select(j => j.Sequence).Order(), journal.Select(j => j.Sequence));
        Assert.Contains(journal, j => j is { ActivityId: "Decision", Event: JournalEvent.Resumed });
        Assert.Null(nothingWaits);
        Assert.Equal("approval", Assert.Single(published).Definition.DefinitionId);
        Assert.True(isPublished);
        Assert.False(exists);
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => host.InScopeAsync(sp => sp.GetRequiredService<InstanceQueries>().JournalAsync("no-such-instance")));
    }
}

public sealed class SqlitePersistenceTests() : PersistenceContract(DatabaseKind.Sqlite);

public sealed class PostgresPersistenceTests() : PersistenceContract(DatabaseKind.Postgres)
{
    [Fact]
    public async Task A_resume_costs_at_most_three_round_trips()
    {
        await using var host = await HostAsync();
        await PublishAsync(host, new FlowBuilder().Event("One", "one").Line("Between").Event("Two", "two").Line("After").Chain("One", "Between", "Two", "After"), "steps");
        var started = await StartAsync(host, "steps");
        var first = (await BookmarksAsync(host, started.InstanceId)).Single().Id;
        await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().ResumeAsync(first));
        var second = (await BookmarksAsync(host, started.InstanceId)).Single().Id;

        host.RoundTrips.Reset();
        var result = await host.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().ResumeAsync(second));

        Assert.Equal(ResumeOutcome.Resumed, result.Outcome);
        // The locking read, one batched write, the commit (SQLite is in-process and does not batch, so it is not counted there).
        Assert.Equal(3, host.RoundTrips.Count);
    }

    [Fact]
    public async Task Instance_state_is_stored_as_jsonb()
    {
        await using var host = await HostAsync();
        var type = await host.InScopeAsync(sp => sp.GetRequiredService<EngineTestDbContext>().Database
            .SqlQueryRaw<string>("SELECT data_type AS \"Value\" FROM information_schema.columns WHERE table_name = 'wf_instances' AND column_name = 'state'").SingleAsync());
        Assert.Equal("jsonb", type);
    }
}
