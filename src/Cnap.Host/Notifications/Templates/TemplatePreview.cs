using Cnap.Domain.Notifications;

namespace Cnap.Host.Notifications.Templates;

/// <summary>A template rendered over a model: the texts as they would be sent, the SMS length, and what is wrong.</summary>
public sealed record TemplatePreview(string? Subject, string Body, SmsLength? Sms, IReadOnlyList<TemplateProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
