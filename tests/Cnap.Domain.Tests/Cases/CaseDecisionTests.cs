using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;

namespace Cnap.Domain.Tests.Cases;

public sealed class CaseDecisionTests
{
    private readonly CaseWorld world = new();

    [Fact]
    public void Refusal_without_legal_ground_is_rejected()
    {
        var @case = world.CaseIn(CaseStatus.InReview);

        var error = Assert.Throws<DomainException>(() =>
            @case.RecordRefusal(world.Service, null, "Не подано ескіз", null, null, world.Clock, world.Officer));

        Assert.Contains("must cite a legal ground", error.Message);
        Assert.Contains("incomplete, false-data", error.Message);
        Assert.Equal(CaseStatus.InReview, @case.Status);
        Assert.Null(@case.Decision);
    }

    [Fact]
    public void Refusal_on_a_ground_outside_the_closed_list_is_rejected()
    {
        var @case = world.CaseIn(CaseStatus.InReview);

        var error = Assert.Throws<DomainException>(() =>
            @case.RecordRefusal(world.Service, "dislike", "Не сподобався макет", null, null, world.Clock, world.Officer));

        Assert.Contains("«dislike» is not among the refusal grounds", error.Message);
        Assert.Equal(CaseStatus.InReview, @case.Status);
    }

    [Fact]
    public void Refusal_without_reasons_is_rejected()
    {
        var @case = world.CaseIn(CaseStatus.InReview);

        Assert.Throws<DomainException>(() => @case.RecordRefusal(world.Service, "incomplete", " ", null, null, world.Clock, world.Officer));
    }

    [Fact]
    public void A_refusal_keeps_its_ground_with_the_law_and_says_how_to_appeal()
    {
        var @case = world.CaseIn(CaseStatus.InReview);

        @case.RecordRefusal(world.Service, "incomplete", "Не подано ескіз", null, null, world.Clock, world.Officer);

        var decision = @case.Decision!;
        Assert.Equal(DecisionOutcome.Refused, decision.Outcome);
        Assert.Equal("Подання неповного пакета документів", decision.RefusalGround!.Text);
        Assert.Contains("Про дозвільну систему", decision.RefusalGround.LegalReference);
        Assert.Equal(world.Service.Card.AppealProcedure, decision.AppealInformation);
        Assert.Equal(world.Officer, decision.DecidedBy);
        Assert.Null(decision.SentAt);
    }

    [Fact]
    public void A_refusal_for_another_service_is_rejected()
    {
        var @case = world.CaseIn(CaseStatus.InReview);
        var other = CaseWorld.PermitService(world.ProviderId);

        Assert.Throws<DomainException>(() => @case.RecordRefusal(other, "incomplete", "Причини", null, null, world.Clock, world.Officer));
    }

    [Fact]
    public void A_refusal_while_waiting_for_clarification_ends_the_suspension()
    {
        var @case = world.CaseIn(CaseStatus.AwaitingClarification);
        world.Clock.Advance(TimeSpan.FromDays(30));

        @case.RecordRefusal(world.Service, "incomplete", "Уточнення не надано", null, null, world.Clock, world.Officer);

        Assert.False(@case.IsSuspended);
        Assert.Equal(world.Clock.GetUtcNow(), @case.Suspensions.Single().EndedAt);
    }

    [Fact]
    public void Clarification_stops_the_clock_and_the_answer_moves_the_deadline()
    {
        var @case = world.CaseIn(CaseStatus.InReview);
        var deadline = @case.LegalDeadline;
        world.Clock.Advance(TimeSpan.FromHours(3));
        @case.RequestClarification(world.Service, "Додати схему розміщення", world.Clock, world.Officer);
        var askedAt = world.Clock.GetUtcNow();

        Assert.True(@case.IsSuspended);
        Assert.False(@case.IsOverdueAt(deadline.AddDays(1)));

        world.Clock.Advance(TimeSpan.FromDays(4));
        @case.ProvideClarification("Схему додано", [new SubmittedDocument("Схема розміщення", DocumentForm.Original, 1)],
            deadline.AddDays(4), world.Clock, world.Administrator);

        Assert.Equal(CaseStatus.InReview, @case.Status);
        Assert.Equal(deadline.AddDays(4), @case.LegalDeadline);
        var interval = Assert.Single(@case.SuspensionIntervals);
        Assert.Equal(askedAt, interval.From);
        Assert.Equal(world.Clock.GetUtcNow(), interval.Until);
        Assert.Equal(DocumentOrigin.Clarification, @case.Documents[^1].Origin);
        Assert.Equal(2, @case.Inventory.Lines.Count);
    }

    [Fact]
    public void A_clarification_cannot_shorten_the_deadline()
    {
        var @case = world.CaseIn(CaseStatus.AwaitingClarification);

        Assert.Throws<DomainException>(() =>
            @case.ProvideClarification("", [], @case.LegalDeadline.AddDays(-1), world.Clock, world.Administrator));
        Assert.Equal(CaseStatus.AwaitingClarification, @case.Status);
    }

    [Fact]
    public void A_service_without_suspension_does_not_leave_applications_without_motion()
    {
        world.Service.SetRules(true, suspensionAllowed: false, false);
        var @case = world.CaseIn(CaseStatus.InReview);

        Assert.Throws<DomainException>(() => @case.RequestClarification(world.Service, "Уточнити", world.Clock, world.Officer));
    }

    [Fact]
    public void Silent_consent_is_not_reached_before_its_date()
    {
        var @case = world.CaseIn(CaseStatus.InReview);
        var from = world.SilentConsentFrom(@case);
        world.Clock.SetUtcNow(from.AddMinutes(-1));

        Assert.Throws<DomainException>(() => @case.ApplySilentConsent(world.Service, from, world.Clock));

        world.Clock.SetUtcNow(from);
        @case.ApplySilentConsent(world.Service, from, world.Clock);
        Assert.Equal(CaseStatus.DeemedGranted, @case.Status);
        Assert.Equal(DecisionOutcome.DeemedGrantedBySilentConsent, @case.Decision!.Outcome);
        Assert.Equal(from, @case.ClosedAt);
    }

    [Fact]
    public void Silent_consent_applies_only_to_permits()
    {
        world.Service.SetRules(silentConsentApplies: false, true, false);
        var @case = world.CaseIn(CaseStatus.InReview);
        world.AdvanceBeyondSilentConsent(@case);

        Assert.Throws<DomainException>(() => @case.ApplySilentConsent(world.Service, world.SilentConsentFrom(@case), world.Clock));
    }

    [Fact]
    public void The_silent_consent_date_must_follow_the_deadline()
    {
        var @case = world.CaseIn(CaseStatus.InReview);
        world.AdvanceBeyondSilentConsent(@case);

        Assert.Throws<DomainException>(() => @case.ApplySilentConsent(world.Service, @case.LegalDeadline, world.Clock));
    }

    [Fact]
    public void A_case_is_overdue_only_while_the_provider_owes_an_answer()
    {
        var @case = world.CaseIn(CaseStatus.InReview);

        Assert.False(@case.IsOverdueAt(@case.LegalDeadline));
        Assert.True(@case.IsOverdueAt(@case.LegalDeadline.AddTicks(1)));

        @case.RecordGrant(world.Permit(), world.Clock, world.Officer);
        Assert.False(@case.IsOverdueAt(@case.LegalDeadline.AddDays(1)));
    }

    [Fact]
    public void Handing_over_the_result_counts_as_sending_the_decision()
    {
        var @case = world.CaseIn(CaseStatus.ReadyForIssue);
        world.Clock.Advance(TimeSpan.FromDays(2));

        @case.Issue(ResultDelivery.InPerson, "Шевченко Тарас Григорович", world.Clock, world.Administrator);

        Assert.Equal(world.Clock.GetUtcNow(), @case.Decision!.SentAt);
        Assert.Equal(world.Clock.GetUtcNow(), @case.Issuance!.IssuedAt);
        Assert.Equal("Шевченко Тарас Григорович", @case.Issuance.ReceivedBy);
    }

    [Fact]
    public void A_decision_sent_earlier_keeps_its_sent_date_when_later_handed_over()
    {
        var @case = world.CaseIn(CaseStatus.ReadyForIssue);
        @case.RecordDecisionSent(world.Clock, world.Administrator);
        var sent = @case.Decision!.SentAt;
        world.Clock.Advance(TimeSpan.FromDays(5));

        Assert.Throws<DomainException>(() => @case.RecordDecisionSent(world.Clock, world.Administrator));
        @case.Issue(ResultDelivery.InPerson, "Шевченко Тарас Григорович", world.Clock, world.Administrator);

        Assert.Equal(sent, @case.Decision.SentAt);
    }

    [Fact]
    public void The_display_status_prefers_the_card_text_then_the_service_label()
    {
        var @case = world.CaseIn(CaseStatus.InReview);
        world.Service.SetStatusLabel(CaseStatus.InReview, "Дозвіл на погодженні");

        Assert.Equal("Дозвіл на погодженні", @case.DisplayStatus(world.Service));

        @case.SetStatusText("На погодженні в управлінні охорони культурної спадщини", world.Clock, Actor.Workflow);
        Assert.Equal("На погодженні в управлінні охорони культурної спадщини", @case.DisplayStatus(world.Service));
    }

    [Fact]
    public void A_payment_below_the_fee_or_a_second_payment_is_refused()
    {
        var @case = world.CaseIn(CaseStatus.Registered);

        Assert.Throws<DomainException>(() => @case.RecordPayment(100m, "ПН-1", world.Clock, world.Administrator));
        @case.RecordPayment(170m, "ПН-2", world.Clock, world.Administrator);
        Assert.True(@case.Payment.IsSettled);
        Assert.Throws<DomainException>(() => @case.RecordPayment(170m, "ПН-3", world.Clock, world.Administrator));
    }

    [Fact]
    public void A_case_runs_one_workflow()
    {
        var @case = world.CaseIn(CaseStatus.Registered);

        @case.AttachWorkflow("wf-1", world.Clock);
        @case.AttachWorkflow("wf-1", world.Clock);

        Assert.Throws<DomainException>(() => @case.AttachWorkflow("wf-2", world.Clock));
        Assert.Single(@case.Timeline, e => e.Event == CaseEvent.WorkflowStarted);
    }

    [Fact]
    public void Sending_to_the_provider_remembers_the_first_sending()
    {
        var @case = world.CaseIn(CaseStatus.Registered);
        @case.SendToProvider("Управління архітектури", world.Clock, world.Administrator);
        var first = world.Clock.GetUtcNow();
        world.Clock.Advance(TimeSpan.FromDays(1));

        @case.SendToProvider("Управління охорони культурної спадщини", world.Clock, world.Administrator);

        Assert.Equal(first, @case.SentToProviderAt);
        Assert.Equal(["Управління архітектури", "Управління охорони культурної спадщини"],
            @case.Timeline.Where(e => e.Event == CaseEvent.SentToProvider).Select(e => e.Details));
    }
}
