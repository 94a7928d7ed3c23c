using Cnap.Domain.Cases;

namespace Cnap.Domain.Catalogue;

/// <summary>How this service names a case status to the applicant ("Дозвіл на погодженні" instead of "На розгляді").</summary>
public sealed record StatusLabel
{
    public StatusLabel(CaseStatus status, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException($"The label for {status} is empty.");
        Status = status;
        Text = text.Trim();
    }

    public CaseStatus Status { get; private init; }

    public string Text { get; private init; }
}
