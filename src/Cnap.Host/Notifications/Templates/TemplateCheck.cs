using Cnap.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Notifications.Templates;

/// <summary>
/// Renders a template over a model and says what is wrong with it. Saving checks against the long sample values of
/// <see cref="TemplateVariables"/>, so an SMS template that fits there fits nearly every real case.
/// </summary>
public sealed class TemplateCheck(TemplateRenderer renderer, IOptions<NotificationOptions> options)
{
    public SmsLimit SmsLimit { get; } = new(options.Value.Sms.MaxParts);

    public async Task<TemplatePreview> PreviewAsync(NotificationChannel channel, string? subject, string body, TemplateModel model)
    {
        var problems = new List<TemplateProblem>();
        string? renderedSubject = null;
        if (channel == NotificationChannel.Email)
        {
            renderedSubject = await RenderAsync(TemplateField.Subject, subject, model, problems);
            if (renderedSubject is not null)
                renderedSubject = RenderedText.ForSubject(renderedSubject);
        }
        var rendered = await RenderAsync(TemplateField.Body, body, model, problems) ?? "";
        if (body.Length > NotificationTemplate.MaxBodyLength)
            problems.Add(new(TemplateField.Body, TemplateProblemCode.TooLong, NotificationTemplate.MaxBodyLength));
        if (channel == NotificationChannel.Email)
            return new(renderedSubject, RenderedText.ForEmail(rendered), null, problems);

        var text = RenderedText.ForSms(rendered);
        var length = SmsLength.Of(text);
        if (length.Parts > SmsLimit.MaxParts)
            problems.Add(new(TemplateField.Body, TemplateProblemCode.TooManySmsParts, length.Parts, SmsLimit.MaxParts));
        return new(null, text, length, problems);
    }

    public Task<TemplatePreview> CheckForSaveAsync(NotificationChannel channel, string? subject, string body) =>
        PreviewAsync(channel, subject, body, TemplateVariables.Sample());

    private async Task<string?> RenderAsync(TemplateField field, string? source, TemplateModel model, List<TemplateProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            problems.Add(new(field, TemplateProblemCode.Required));
            return null;
        }
        if (renderer.SyntaxError(source) is { } error)
        {
            problems.Add(new(field, TemplateProblemCode.Syntax, error));
            return null;
        }
        try
        {
            return await renderer.RenderAsync(source, model);
        }
        catch (TemplateRenderException e)
        {
            problems.Add(new(field, TemplateProblemCode.Render, e.Message));
            return null;
        }
    }
}
