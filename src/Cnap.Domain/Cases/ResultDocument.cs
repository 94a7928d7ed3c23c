namespace Cnap.Domain.Cases;

/// <summary>The document the provider produced: a permit, an extract, a certificate, or the refusal letter.</summary>
public sealed record ResultDocument
{
    public ResultDocument(string title, string? number = null, DateOnly? issuedOn = null, string? fileId = null)
    {
        if (string.IsNullOrWhiteSpace(title))
            throw new DomainException("A result document needs a title.");
        Title = title.Trim();
        Number = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        IssuedOn = issuedOn;
        FileId = fileId;
    }

    public string Title { get; private init; }

    public string? Number { get; private init; }

    public DateOnly? IssuedOn { get; private init; }

    public string? FileId { get; private init; }
}
