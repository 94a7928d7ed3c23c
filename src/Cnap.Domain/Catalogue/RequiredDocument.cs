namespace Cnap.Domain.Catalogue;

/// <summary>An item of the exhaustive document list; the provider may not ask for anything outside it.</summary>
public sealed record RequiredDocument
{
    public RequiredDocument(string name, DocumentForm form, bool isMandatory = true, string? requirements = null)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("A required document needs a name.");
        Name = name.Trim();
        Form = form;
        IsMandatory = isMandatory;
        Requirements = string.IsNullOrWhiteSpace(requirements) ? null : requirements.Trim();
    }

    public string Name { get; private init; }

    public DocumentForm Form { get; private init; }

    /// <summary>False for documents needed only in some situations ("if filed by a representative").</summary>
    public bool IsMandatory { get; private init; }

    public string? Requirements { get; private init; }
}
