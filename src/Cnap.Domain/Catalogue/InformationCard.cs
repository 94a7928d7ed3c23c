namespace Cnap.Domain.Catalogue;

/// <summary>
/// What a citizen must know before applying (Law 5203-VI, Art. 8). The centre's and provider's name, address, hours
/// and contacts come from those organisations, and term and fee from the variants, so they are not repeated here.
/// </summary>
public sealed class InformationCard
{
    // Not readonly: EF maps these lists by field and sets them when loading.
    private List<RequiredDocument> documents = [];
    private List<LegalAct> legalActs = [];

    private InformationCard() { }

    public InformationCard(
        string description,
        IEnumerable<RequiredDocument> documents,
        string result,
        string receiptMethods,
        IEnumerable<LegalAct> legalActs,
        string appealProcedure,
        string? paymentDetails = null,
        string? applicationMethods = null)
    {
        this.documents.AddRange(documents);
        this.legalActs.AddRange(legalActs);
        if (this.documents.Count == 0)
            throw new DomainException("An information card lists at least one document (the application).");
        if (this.legalActs.Count == 0)
            throw new DomainException("An information card names the legal acts the service rests on.");
        if (new[] { description, result, receiptMethods, appealProcedure }.Any(string.IsNullOrWhiteSpace))
            throw new DomainException("An information card says what the service is, its result, how to receive it and how to appeal.");
        Description = description.Trim();
        Result = result.Trim();
        ReceiptMethods = receiptMethods.Trim();
        AppealProcedure = appealProcedure.Trim();
        PaymentDetails = string.IsNullOrWhiteSpace(paymentDetails) ? null : paymentDetails.Trim();
        ApplicationMethods = string.IsNullOrWhiteSpace(applicationMethods) ? null : applicationMethods.Trim();
    }

    public string Description { get; private set; } = "";

    public IReadOnlyList<RequiredDocument> Documents => documents;

    /// <summary>How and where to pay (account, purpose of payment); null for free services.</summary>
    public string? PaymentDetails { get; private set; }

    public string Result { get; private set; } = "";

    public string ReceiptMethods { get; private set; } = "";

    public string? ApplicationMethods { get; private set; }

    public IReadOnlyList<LegalAct> LegalActs => legalActs;

    /// <summary>How and where a refusal is appealed; printed on every refusal.</summary>
    public string AppealProcedure { get; private set; } = "";
}
