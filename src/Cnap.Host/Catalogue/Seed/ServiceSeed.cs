using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;

namespace Cnap.Host.Catalogue.Seed;

/// <summary>A service of the standard catalogue as data; <see cref="Build"/> runs it through the domain's rules.</summary>
internal sealed record ServiceSeed(
    string Code,
    string? RegisterCode,
    string Name,
    string Category,
    Audience Audience,
    string Description,
    RequiredDocument[] Documents,
    string Result,
    LegalAct[] LegalActs,
    VariantSeed[] Variants,
    RefusalGround[] Grounds)
{
    public bool SilentConsent { get; init; }

    public bool Suspension { get; init; }

    public bool Online { get; init; }

    public string ReceiptMethods { get; init; } = Texts.ReceiptInPersonOrByPost;

    public string AppealProcedure { get; init; } = Texts.Appeal;

    public string? PaymentDetails { get; init; }

    public (Cnap.Domain.Cases.CaseStatus Status, string Text)[] Labels { get; init; } = [];

    public AdministrativeService Build(Guid categoryId, DateOnly effectiveFrom)
    {
        var card = new InformationCard(Description, Documents, Result, ReceiptMethods, LegalActs, AppealProcedure, PaymentDetails, Texts.ApplicationMethods);
        var service = new AdministrativeService(SeedIds.For("service", Code), Code, RegisterCode, Name, categoryId, Audience, card, effectiveFrom);
        service.SetRules(SilentConsent, Suspension, Online);
        foreach (var variant in Variants)
            service.AddVariant(SeedIds.For("variant", $"{Code}/{variant.Code}"), variant.Code, variant.Name, variant.Kind, variant.Term, variant.Fee);
        foreach (var ground in Grounds)
            service.AddRefusalGround(ground);
        foreach (var (status, text) in Labels)
            service.SetStatusLabel(status, text);
        return service;
    }
}

internal sealed record VariantSeed(string Code, string Name, VariantKind Kind, DeadlineTerm Term, Fee Fee)
{
    public static VariantSeed Normal(DeadlineTerm term, Fee? fee = null) => new("normal", "Звичайний строк", VariantKind.Normal, term, fee ?? Fee.Free);

    public static VariantSeed Urgent(string code, string name, DeadlineTerm term, Fee fee) => new(code, name, VariantKind.Urgent, term, fee);
}
