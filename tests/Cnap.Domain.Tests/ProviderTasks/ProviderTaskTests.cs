using Cnap.Domain.Cases;
using Cnap.Domain.ProviderTasks;
using Cnap.Domain.Tests.Cases;

namespace Cnap.Domain.Tests.ProviderTasks;

public sealed class ProviderTaskTests
{
    private readonly CaseWorld world = new();

    private ProviderTask Task(Case? @case = null) => ProviderTask.Assign(
        @case ?? world.CaseIn(CaseStatus.InReview), "Погодження з управлінням охорони культурної спадщини", StageAction.Agrees,
        world.ProviderId, Guid.NewGuid(), world.Clock.GetUtcNow().AddDays(3), world.Clock);

    [Fact]
    public void A_task_is_assigned_with_its_due_date_and_becomes_overdue_after_it()
    {
        var task = Task();

        Assert.Equal(ProviderTaskStatus.Assigned, task.Status);
        Assert.Equal(world.Service.Id, task.ServiceId);
        Assert.False(task.IsOverdueAt(task.DueAt));
        Assert.True(task.IsOverdueAt(task.DueAt.AddTicks(1)));
    }

    [Fact]
    public void No_task_for_a_closed_case_and_no_task_due_in_the_past()
    {
        Assert.Throws<DomainException>(() => Task(world.CaseIn(CaseStatus.Withdrawn)));
        Assert.Throws<DomainException>(() => ProviderTask.Assign(world.CaseIn(CaseStatus.InReview), "Розгляд", StageAction.Performs,
            world.ProviderId, null, world.Clock.GetUtcNow().AddMinutes(-1), world.Clock));
    }

    [Fact]
    public void An_officer_takes_the_task_and_another_cannot_take_it_from_them()
    {
        var task = Task();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        task.Take(first);

        Assert.Equal(ProviderTaskStatus.InProgress, task.Status);
        Assert.Throws<DomainException>(() => task.Take(second));
        task.Reassign(task.UnitId, second);
        Assert.Equal(second, task.OfficerId);
    }

    [Fact]
    public void Not_agreeing_cites_a_ground_from_the_service_list()
    {
        var task = Task();

        Assert.Throws<DomainException>(() => task.Refuse(world.Service, null, "Об'єкт культурної спадщини", [], world.Clock, world.Officer));
        Assert.Throws<DomainException>(() => task.Refuse(world.Service, "incomplete", "", [], world.Clock, world.Officer));

        task.Refuse(world.Service, "false-data", "Будівля є пам'яткою архітектури", [new TaskAttachment("Висновок", "sha256:ab")], world.Clock, world.Officer);

        Assert.Equal(ProviderTaskStatus.Decided, task.Status);
        Assert.Equal(TaskOutcome.Refused, task.Decision!.Outcome);
        Assert.Equal("false-data", task.Decision.RefusalGroundCode);
        Assert.Equal(world.Clock.GetUtcNow(), task.Decision.DecidedAt);
        Assert.Single(task.Decision.Attachments);
    }

    [Fact]
    public void A_decided_or_cancelled_task_cannot_be_decided_again()
    {
        var decided = Task();
        decided.Approve("Погоджено", [], world.Clock, world.Officer);
        var cancelled = Task();
        cancelled.Cancel("Інший підрозділ відмовив");

        var error = Assert.Throws<DomainException>(() => decided.AskClarification("Уточнити", world.Clock, world.Officer));
        Assert.Contains("is Decided", error.Message);
        Assert.Throws<DomainException>(() => cancelled.Approve(null, [], world.Clock, world.Officer));
        Assert.Equal(TaskOutcome.Approved, decided.Decision!.Outcome);
    }

    [Fact]
    public void Action_letters_are_the_Ukrainian_ones_of_technological_cards()
    {
        Assert.Equal("ВУПЗ", string.Concat(Enum.GetValues<StageAction>().Select(a => a.Letter())));
        Assert.Equal(StageAction.Agrees, StageActionLetters.FromLetter('п'));
        Assert.Throws<DomainException>(() => StageActionLetters.FromLetter('X'));
    }
}
