namespace Cnap.Domain.Catalogue;

/// <summary>One entry of the service's closed list of refusal grounds, with the provision of law it rests on.</summary>
public sealed record RefusalGround
{
    public RefusalGround(string code, string text, string legalReference)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(legalReference))
            throw new DomainException("A refusal ground needs a code, its text and the legal provision it rests on.");
        Code = code.Trim();
        Text = text.Trim();
        LegalReference = legalReference.Trim();
    }

    public string Code { get; private init; }

    public string Text { get; private init; }

    /// <summary>"п. 1 ч. 1 ст. 4-1 Закону України «Про дозвільну систему у сфері господарської діяльності»".</summary>
    public string LegalReference { get; private init; }
}
