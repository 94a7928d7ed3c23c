using Cnap.Activities.Tests.Support;
using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Workflows.Descriptors;

namespace Cnap.Activities.Tests.Descriptors;

/// <summary>The designer's palette is built from descriptors; these pin what the CNAP part of it offers.</summary>
public sealed class ActivityDescriptorTests : IDisposable
{
    private readonly Engine engine = new();

    [Fact]
    public async Task The_palette_has_every_cnap_activity_of_the_contract()
    {
        var cnap = (await DescribeAsync()).Where(d => d.Namespace == "Cnap").Select(d => d.TypeName).Order();
        Assert.Equal(
            ["Cnap.AwaitDecision", "Cnap.EmailNotify", "Cnap.IssueResult", "Cnap.RecordDecision", "Cnap.RequestClarification",
             "Cnap.SendToProvider", "Cnap.SetCaseStatus", "Cnap.SlaTimer", "Cnap.SmsNotify"],
            cnap);
    }

    [Theory]
    [InlineData("Cnap.AwaitDecision", "Approved,Refused,Clarification")]
    [InlineData("Cnap.SlaTimer", "Elapsed")]
    [InlineData("Cnap.IssueResult", "Issued,Unclaimed")]
    [InlineData("Cnap.RequestClarification", "Provided,Expired")]
    [InlineData("Cnap.SendToProvider", "Done")]
    [InlineData("Cnap.RecordDecision", "Done")]
    [InlineData("Cnap.SmsNotify", "Done")]
    public async Task Ports_are_the_outcomes_cards_connect(string type, string ports) =>
        Assert.Equal(ports.Split(','), (await DescribeAsync(type)).Ports.Select(p => p.Name));

    [Fact]
    public async Task Send_to_provider_offers_the_four_action_letters_of_resolution_44()
    {
        var action = Input(await DescribeAsync("Cnap.SendToProvider"), "action");
        Assert.Equal("dropdown", action.UiHint);
        Assert.True(action.IsRequired);
        Assert.Equal(["В", "У", "П", "З"], Options(action).Select(o => o.Value));
        Assert.Equal("П — погоджує", Options(action)[2].Text);
    }

    [Fact]
    public async Task Send_to_provider_counts_terms_in_the_units_the_law_uses()
    {
        var descriptor = await DescribeAsync("Cnap.SendToProvider");
        Assert.Equal(["WorkingDays", "CalendarDays", "Hours", "SameDay", "CaseDeadline"], Options(Input(descriptor, "termUnit")).Select(o => o.Value));
        Assert.Equal("Int32", Input(descriptor, "termValue").TypeName);
        Assert.Equal("taskId", Assert.Single(descriptor.Outputs).Name);
    }

    [Fact]
    public async Task Record_decision_offers_exactly_the_decisions_a_case_can_have() =>
        Assert.Equal(Enum.GetNames<DecisionOutcome>(), Options(Input(await DescribeAsync("Cnap.RecordDecision"), "decision")).Select(o => o.Value));

    [Theory]
    [InlineData("Cnap.SmsNotify")]
    [InlineData("Cnap.EmailNotify")]
    public async Task Notices_offer_the_template_of_every_notification_event(string type) =>
        Assert.Equal(Enum.GetNames<NotificationEvent>(), Options(Input(await DescribeAsync(type), "template")).Select(o => o.Value));

    [Fact]
    public async Task Timer_bases_include_silent_consent() =>
        Assert.Contains("SilentConsent", Options(Input(await DescribeAsync("Cnap.SlaTimer"), "basis")).Select(o => o.Value));

    [Fact]
    public async Task Texts_for_the_applicant_are_liquid_by_default()
    {
        Assert.Equal("Liquid", Input(await DescribeAsync("Cnap.RequestClarification"), "request").DefaultSyntax);
        Assert.Equal("Liquid", Input(await DescribeAsync("Cnap.RecordDecision"), "reasons").DefaultSyntax);
    }

    [Fact]
    public async Task Dropdowns_the_application_fills_stay_dropdowns_without_it()
    {
        // Without the host's lists the designer still shows a dropdown (empty), never a free-text box.
        var send = await DescribeAsync("Cnap.SendToProvider");
        Assert.Equal("dropdown", Input(send, "provider").UiHint);
        Assert.Equal("dropdown", Input(send, "unit").UiHint);
        Assert.Equal("dropdown", Input(await DescribeAsync("Cnap.RecordDecision"), "groundCode").UiHint);
    }

    private async Task<IReadOnlyList<ActivityDescriptor>> DescribeAsync() =>
        await engine.Registry.DescribeAllAsync(engine.Services, CancellationToken.None);

    private async Task<ActivityDescriptor> DescribeAsync(string type) => (await DescribeAsync()).Single(d => d.TypeName == type);

    private static InputDescriptor Input(ActivityDescriptor descriptor, string name) => descriptor.Inputs.Single(i => i.Name == name);

    private static List<(string Text, string Value)> Options(InputDescriptor input) =>
        input.UiSpecifications!["dropdown"]!["selectList"]!["items"]!.AsArray()
            .Select(i => (i!["text"]!.GetValue<string>(), i["value"]!.GetValue<string>())).ToList();

    public void Dispose() => engine.Dispose();
}
