using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using static Cnap.Domain.Cases.CaseAction;
using static Cnap.Domain.Cases.CaseStatus;

namespace Cnap.Domain.Tests.Cases;

/// <summary>Every action tried in every status: legal ones move the case as the law says, the rest are refused.</summary>
public sealed class CaseStateMachineTests
{
    // Written out from the domain rules, independently of CaseTransitions: status → (action → status after).
    private static readonly Dictionary<CaseStatus, Dictionary<CaseAction, CaseStatus>> Legal = new()
    {
        [Registered] = new()
        {
            [SendToProvider] = InReview, [Withdraw] = Withdrawn, [Cancel] = Cancelled,
            [SetStatusText] = Registered, [AttachDocument] = Registered, [RecordPayment] = Registered,
        },
        [InReview] = new()
        {
            [SendToProvider] = InReview, [RequestClarification] = AwaitingClarification, [RecordGrant] = ReadyForIssue,
            [RecordRefusal] = ReadyForIssue, [ApplySilentConsent] = DeemedGranted, [Withdraw] = Withdrawn,
            [SetStatusText] = InReview, [AttachDocument] = InReview, [RecordPayment] = InReview,
        },
        [AwaitingClarification] = new()
        {
            [ProvideClarification] = InReview, [RecordRefusal] = ReadyForIssue, [Withdraw] = Withdrawn,
            [SetStatusText] = AwaitingClarification, [AttachDocument] = AwaitingClarification, [RecordPayment] = AwaitingClarification,
        },
        [ReadyForIssue] = new()
        {
            [RecordDecisionSent] = ReadyForIssue, [Issue] = Issued, [MarkUnclaimed] = Unclaimed,
            [SetStatusText] = ReadyForIssue, [AttachDocument] = ReadyForIssue, [RecordPayment] = ReadyForIssue,
        },
        [Issued] = [],
        [Unclaimed] = [],
        [DeemedGranted] = [],
        [Withdrawn] = [],
        [Cancelled] = [],
    };

    public static TheoryData<CaseStatus, CaseAction> LegalTransitions() =>
        Pairs((status, action) => Legal[status].ContainsKey(action));

    public static TheoryData<CaseStatus, CaseAction> IllegalTransitions() =>
        Pairs((status, action) => !Legal[status].ContainsKey(action));

    [Fact]
    public void Every_status_is_covered() => Assert.Equal(Enum.GetValues<CaseStatus>().Length, Legal.Count);

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void A_legal_transition_moves_the_case_and_is_written_to_its_timeline(CaseStatus from, CaseAction action)
    {
        var world = new CaseWorld();
        var @case = world.CaseIn(from);
        var entries = @case.Timeline.Count;

        Perform(world, @case, action);

        Assert.Equal(Legal[from][action], @case.Status);
        Assert.Equal(entries + 1, @case.Timeline.Count);
        Assert.Equal(@case.Status, @case.Timeline[^1].Status);
        Assert.Equal(CaseTransitions.IsFinal(@case.Status), @case.ClosedAt is not null);
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void An_illegal_transition_is_refused_naming_the_status_and_the_action(CaseStatus from, CaseAction action)
    {
        var world = new CaseWorld();
        var @case = world.CaseIn(from);
        var (entries, version) = (@case.Timeline.Count, @case.Version);

        var refused = Assert.Throws<IllegalCaseTransitionException>(() => Perform(world, @case, action));

        Assert.Equal(from, refused.Status);
        Assert.Equal(action, refused.Action);
        Assert.Contains($"is {from}", refused.Message);
        Assert.Contains(action.ToString(), refused.Message);
        Assert.Contains(@case.JournalNumber.ToString(), refused.Message);
        Assert.Equal(from, @case.Status);
        Assert.Equal(entries, @case.Timeline.Count);
        Assert.Equal(version, @case.Version);
    }

    [Fact]
    public void Final_statuses_allow_nothing()
    {
        foreach (var status in new[] { Issued, Unclaimed, DeemedGranted, Withdrawn, Cancelled })
            Assert.Empty(CaseTransitions.ActionsAllowedIn(status));
    }

    private static TheoryData<CaseStatus, CaseAction> Pairs(Func<CaseStatus, CaseAction, bool> include)
    {
        var data = new TheoryData<CaseStatus, CaseAction>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        foreach (var action in Enum.GetValues<CaseAction>())
            if (include(status, action))
                data.Add(status, action);
        return data;
    }

    private static void Perform(CaseWorld world, Case @case, CaseAction action)
    {
        var (clock, service) = (world.Clock, world.Service);
        switch (action)
        {
            case SendToProvider:
                @case.SendToProvider("Погодження з управлінням архітектури", clock, world.Administrator);
                break;
            case RequestClarification:
                @case.RequestClarification(service, "Уточнити місце розташування", clock, world.Officer);
                break;
            case ProvideClarification:
                @case.ProvideClarification("Додано схему", [], @case.LegalDeadline.AddDays(3), clock, world.Administrator);
                break;
            case RecordGrant:
                @case.RecordGrant(world.Permit(), clock, world.Officer);
                break;
            case RecordRefusal:
                @case.RecordRefusal(service, "incomplete", "Відсутній ескіз", null, null, clock, world.Officer);
                break;
            case ApplySilentConsent:
                world.AdvanceBeyondSilentConsent(@case);
                @case.ApplySilentConsent(service, world.SilentConsentFrom(@case), clock);
                break;
            case RecordDecisionSent:
                @case.RecordDecisionSent(clock, world.Administrator);
                break;
            case Issue:
                @case.Issue(ResultDelivery.InPerson, "Шевченко Тарас Григорович", clock, world.Administrator);
                break;
            case MarkUnclaimed:
                @case.MarkUnclaimed(clock, world.Administrator);
                break;
            case Withdraw:
                @case.Withdraw("Заява про відкликання", clock, world.Administrator);
                break;
            case Cancel:
                @case.Cancel("Помилкова реєстрація", clock, world.Administrator);
                break;
            case SetStatusText:
                @case.SetStatusText("На погодженні", clock, world.Administrator);
                break;
            case AttachDocument:
                @case.AddResultDocument(new SubmittedDocument("Лист", DocumentForm.Original, 1), clock, world.Officer);
                break;
            case RecordPayment:
                @case.RecordPayment(170m, "ПН-0001", clock, world.Administrator);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
