using Cnap.Activities.Cases;
using Cnap.Activities.SelectLists;
using Cnap.Domain.Notifications;
using Cnap.Workflows.Activities;

namespace Cnap.Activities.Notifications;

[Activity("Cnap.SmsNotify", Category = "ЦНАП", Texts = typeof(CnapActivityTexts))]
public sealed class SmsNotify(ICaseWorkspace cases, ICaseNotifier notifier, TimeProvider clock) : Activity
{
    [Input(OptionsProvider = typeof(NotificationEventList), Order = 1)]
    public string? Template { get; set; }

    [Input(UIHint = UiHints.MultiLine, Order = 2)]
    public string? Text { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        await Notice.SendAsync(context, cases, notifier, clock, NotificationChannel.Sms, Template, null, Text);
}
