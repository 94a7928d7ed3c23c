namespace Cnap.Host.Notifications.Templates;

/// <summary>A problem tied to a form field; <see cref="Code"/> names a resource string, <see cref="Args"/> fill it.</summary>
public sealed record TemplateProblem(TemplateField Field, TemplateProblemCode Code, params object[] Args);

public enum TemplateField
{
    Subject,
    Body,
}

public enum TemplateProblemCode
{
    Required,
    Syntax,
    Render,
    TooManySmsParts,
    TooLong,
}
