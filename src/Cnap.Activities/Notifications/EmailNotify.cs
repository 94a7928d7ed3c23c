using Cnap.Activities.Cases;
using Cnap.Activities.SelectLists;
using Cnap.Domain;
using Cnap.Domain.Notifications;
using Cnap.Workflows.Activities;

namespace Cnap.Activities.Notifications;

[Activity("Cnap.EmailNotify", Category = "ЦНАП", Texts = typeof(CnapActivityTexts))]
public sealed class EmailNotify(ICaseWorkspace cases, ICaseNotifier notifier, TimeProvider clock) : Activity
{
    [Input(OptionsProvider = typeof(NotificationEventList), Order = 1)]
    public string? Template { get; set; }

    [Input(Order = 2)]
    public string? Subject { get; set; }

    [Input(UIHint = UiHints.MultiLine, Order = 3)]
    public string? Body { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (!string.IsNullOrWhiteSpace(Body) && string.IsNullOrWhiteSpace(Subject))
            throw new DomainException($"Activity {context.Node.Id}: an e-mail with its own text needs its own subject too.");
        return await Notice.SendAsync(context, cases, notifier, clock, NotificationChannel.Email, Template, Subject, Body);
    }
}
