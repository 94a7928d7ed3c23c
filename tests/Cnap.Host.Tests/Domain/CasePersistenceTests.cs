using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Journals;
using Cnap.Domain.Providers;
using Cnap.Domain.ProviderTasks;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Tests.Domain;

public sealed class CasePersistenceTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_case_keeps_everything_through_clarification_refusal_and_issuance(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind);
        var world = await StoredWorld.CreateAsync(host.Contexts);
        var registered = await world.RegisterAsync();
        var clock = world.Clock;

        await world.UpdateAsync(registered.Id, (c, _) => c.SendToProvider("Погодження з управлінням архітектури", clock, world.Administrator));
        clock.Advance(TimeSpan.FromHours(5));
        await world.UpdateAsync(registered.Id, (c, s) => c.RequestClarification(s, "Додати схему розміщення", clock, world.Officer));
        clock.Advance(TimeSpan.FromDays(3));
        await world.UpdateAsync(registered.Id, (c, _) => c.ProvideClarification("Схему додано",
            [new SubmittedDocument("Схема розміщення", DocumentForm.Original, 2)], c.LegalDeadline.AddDays(3), clock, world.Administrator));
        clock.Advance(TimeSpan.FromDays(1));
        await world.UpdateAsync(registered.Id, (c, s) => c.RecordRefusal(s, "INCOMPLETE", "Схема не відповідає ескізу", null,
            new ResultDocument("Лист про відмову", "В-17", new DateOnly(2025, 3, 7)), clock, world.Officer));
        clock.Advance(TimeSpan.FromDays(2));
        await world.UpdateAsync(registered.Id, (c, _) => c.Issue(ResultDelivery.InPerson, "Шевченко Тарас Григорович", clock, world.Administrator));

        var stored = await world.LoadAsync(registered.Id);

        Assert.Equal(CaseStatus.Issued, stored.Status);
        Assert.Equal(registered.JournalNumber, stored.JournalNumber);
        Assert.Equal(registered.TrackingCode, stored.TrackingCode);
        Assert.Equal(registered.RegisteredAt, stored.RegisteredAt);
        Assert.Equal(registered.LegalDeadline.AddDays(3), stored.LegalDeadline);
        Assert.Equal(DeadlineTerm.WorkingDays(10), stored.Term);
        Assert.Equal("3184710691", stored.Applicant.TaxNumber!.Value);
        Assert.Equal("+380501234567", stored.Applicant.Phone!.Value);
        Assert.Equal("Іваненко Петро", stored.Applicant.Representative!.Name.ToString());
        Assert.Equal("49044", stored.Applicant.Address!.PostalCode);
        Assert.True(stored.Notifications.Sms);
        Assert.Equal(world.Administrator, stored.RegisteredBy);

        Assert.True(stored.Inventory.IsIntact);
        Assert.Equal(registered.Inventory.Hash, stored.Inventory.Hash);
        Assert.Equal([1, 2], stored.Inventory.Lines.Select(l => l.Number));
        Assert.Equal(3, stored.Documents.Count);
        Assert.Equal(DocumentOrigin.Clarification, stored.Documents.Single(d => d.Title == "Схема розміщення").Origin);

        var suspension = Assert.Single(stored.Suspensions);
        Assert.Equal("Додати схему розміщення", suspension.Request);
        Assert.Equal("Схему додано", suspension.Resolution);
        Assert.Equal(suspension.StartedAt.AddDays(3), suspension.EndedAt);
        Assert.Equal(world.Officer, suspension.RequestedBy);

        var decision = stored.Decision!;
        Assert.Equal(DecisionOutcome.Refused, decision.Outcome);
        Assert.Equal("INCOMPLETE", decision.RefusalGround!.Code);
        Assert.Equal("ч. 7 ст. 4-1 Закону № 2806-IV", decision.RefusalGround.LegalReference);
        Assert.Equal("Оскарження до суду", decision.AppealInformation);
        Assert.Equal("В-17", decision.ResultDocument!.Number);
        Assert.Equal(clock.GetUtcNow(), decision.SentAt);
        Assert.Equal(world.Officer, decision.DecidedBy);
        Assert.Equal("Шевченко Тарас Григорович", stored.Issuance!.ReceivedBy);
        Assert.Equal(clock.GetUtcNow(), stored.ClosedAt);

        Assert.Equal(
            [CaseEvent.Registered, CaseEvent.SentToProvider, CaseEvent.ClarificationRequested, CaseEvent.ClarificationProvided, CaseEvent.Refused, CaseEvent.Issued],
            stored.Timeline.Select(e => e.Event));
        Assert.Equal(world.Officer, stored.Timeline.Single(e => e.Event == CaseEvent.Refused).Actor);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Editing_the_stored_inventory_is_evident(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind);
        var world = await StoredWorld.CreateAsync(host.Contexts);
        var @case = await world.RegisterAsync();

        await using (var db = world.Context())
        {
            var edit = kind == DatabaseKind.Postgres
                ? """UPDATE "Cases" SET "Inventory" = jsonb_set("Inventory", '{{ReceivedAt}}', to_jsonb({0}::text)) WHERE "TrackingCode" = {1}"""
                : """UPDATE "Cases" SET "Inventory" = json_set("Inventory", '$.ReceivedAt', {0}) WHERE "TrackingCode" = {1}""";
            var backdated = @case.RegisteredAt.AddDays(-2).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz");
            Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(edit, backdated, @case.TrackingCode.Value));
        }

        var stored = await world.LoadAsync(@case.Id);
        Assert.Equal(@case.RegisteredAt.AddDays(-2), stored.Inventory.ReceivedAt);
        Assert.False(stored.Inventory.IsIntact);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Two_officers_acting_on_one_case_at_once_cannot_both_succeed(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind);
        var world = await StoredWorld.CreateAsync(host.Contexts);
        var @case = await world.RegisterAsync();
        await using var first = world.Context();
        await using var second = world.Context();
        var mine = await first.Set<Case>().SingleAsync(c => c.Id == @case.Id);
        var theirs = await second.Set<Case>().SingleAsync(c => c.Id == @case.Id);

        mine.SendToProvider("Розгляд", world.Clock, world.Administrator);
        await first.SaveChangesAsync();
        theirs.Cancel("Помилкова реєстрація", world.Clock, world.Administrator);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal(CaseStatus.InReview, (await world.LoadAsync(@case.Id)).Status);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Provider_tasks_keep_their_decision_and_are_found_in_the_inbox_by_due_date(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind);
        var world = await StoredWorld.CreateAsync(host.Contexts);
        var @case = await world.UpdateAsync((await world.RegisterAsync()).Id, (c, _) => c.SendToProvider("Погодження", world.Clock, world.Administrator));
        var officer = new ProviderOfficer(Guid.NewGuid(), world.Provider.Id, world.Unit.Id, new("Бондар", "Ігор", "Петрович"), "Головний спеціаліст");
        var now = world.Clock.GetUtcNow();
        var later = ProviderTask.Assign(@case, "Затвердження", StageAction.Approves, world.Provider.Id, null, now.AddDays(5), world.Clock);
        var sooner = ProviderTask.Assign(@case, "Погодження з управлінням архітектури", StageAction.Agrees, world.Provider.Id, world.Unit.Id, now.AddDays(2), world.Clock);
        await using (var db = world.Context())
        {
            db.AddRange(officer, later, sooner);
            await db.SaveChangesAsync();
        }
        await using (var db = world.Context())
        {
            var task = await db.Set<ProviderTask>().SingleAsync(t => t.Id == sooner.Id);
            task.Take(officer.Id);
            task.Approve("Погоджено", [new TaskAttachment("Висновок", "sha256:0a1b")], world.Clock, officer.AsActor(),
                new ResultDocument("Висновок управління архітектури", "А-5"));
            await db.SaveChangesAsync();
        }

        await using var read = world.Context();
        var inbox = await read.Set<ProviderTask>().AsNoTracking()
            .Where(t => t.ProviderId == world.Provider.Id && t.DueAt > now.AddDays(1)).OrderBy(t => t.DueAt).ToListAsync();
        Assert.Equal([sooner.Id, later.Id], inbox.Select(t => t.Id));
        var decided = inbox[0];
        Assert.Equal(ProviderTaskStatus.Decided, decided.Status);
        Assert.Equal(officer.Id, decided.OfficerId);
        Assert.Equal(StageAction.Agrees, decided.Action);
        Assert.Equal(TaskOutcome.Approved, decided.Decision!.Outcome);
        Assert.Equal("sha256:0a1b", Assert.Single(decided.Decision.Attachments).FileId);
        Assert.Equal("А-5", decided.Decision.ResultDocument!.Number);
        Assert.Equal("Бондар Ігор Петрович", decided.Decision.DecidedBy.Name);
        Assert.Null(inbox[1].Decision);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_journals_are_queried_in_the_database_by_centre_and_period(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind);
        var world = await StoredWorld.CreateAsync(host.Contexts);
        var monday = await world.RegisterAsync();
        var elsewhere = await world.RegisterAsync(world.OtherCentre);
        world.Clock.Advance(TimeSpan.FromDays(1));
        var tuesday = await world.RegisterAsync();
        foreach (var id in new[] { tuesday.Id, monday.Id })
        {
            await world.UpdateAsync(id, (c, _) => c.SendToProvider("Розгляд", world.Clock, world.Administrator));
            world.Clock.Advance(TimeSpan.FromHours(1));
            await world.UpdateAsync(id, (c, _) => c.RecordGrant(new ResultDocument("Дозвіл"), world.Clock, world.Officer));
        }
        await world.UpdateAsync(monday.Id, (c, _) => c.Issue(ResultDelivery.InPerson, "Шевченко Тарас Григорович", world.Clock, world.Administrator));

        await using var db = world.Context();
        async Task<List<JournalEntry>> Journal(JournalKind journal, DateOnly first, DateOnly last) =>
            (await CaseJournals.Select(db.Set<Case>().AsNoTracking(), journal, world.Centre.Id, new JournalPeriod(first, last)).ToListAsync())
            .Select(c => c.ToEntry(journal)).ToList();

        var week = (new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 9));
        Assert.Equal([monday.Id, tuesday.Id], (await Journal(JournalKind.Registration, week.Item1, week.Item2)).Select(e => e.CaseId));
        Assert.Equal([monday.Id], (await Journal(JournalKind.Registration, week.Item1, week.Item1)).Select(e => e.CaseId));
        Assert.Equal([tuesday.Id, monday.Id], (await Journal(JournalKind.ResultsReceived, week.Item1, week.Item2)).Select(e => e.CaseId));
        var issued = Assert.Single(await Journal(JournalKind.ResultsIssued, week.Item1, week.Item2));
        Assert.Equal((monday.Id, "Шевченко Т. Г.", "Шевченко Т. Г."), (issued.CaseId, issued.Applicant, issued.ReceivedBy));
        Assert.DoesNotContain(elsewhere.Id, (await Journal(JournalKind.Registration, week.Item1, week.Item2)).Select(e => e.CaseId));
    }
}
