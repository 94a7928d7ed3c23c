namespace Cnap.Host.Catalogue.Api;

/// <summary>A service with its whole information card, who provides it and how its published technological card routes it.</summary>
public sealed record ServiceCardResponse(
    string Code,
    string? RegisterCode,
    string Name,
    CategoryRefResponse Category,
    string Audience,
    string AudienceText,
    string Description,
    IReadOnlyList<DocumentResponse> Documents,
    string Result,
    string ReceiptMethods,
    string? ApplicationMethods,
    string? PaymentDetails,
    IReadOnlyList<LegalActResponse> LegalActs,
    IReadOnlyList<VariantResponse> Variants,
    IReadOnlyList<RefusalGroundResponse> RefusalGrounds,
    string AppealProcedure,
    IReadOnlyList<ProviderResponse> Providers,
    bool SilentConsent,
    bool SuspensionAllowed,
    bool OnlineApplication,
    TechnologicalCardResponse? TechnologicalCard,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo);

public sealed record CategoryRefResponse(string Code, string Name);

/// <param name="Form"><c>original</c>, <c>copy</c> or <c>originalForInspection</c>; <paramref name="FormText"/> says it in words.</param>
/// <param name="IsMandatory">False for a document needed only in some situations (a representative's authority).</param>
public sealed record DocumentResponse(string Name, string Form, string FormText, bool IsMandatory, string? Requirements);

public sealed record LegalActResponse(string Title, string? Provision);

/// <param name="Kind"><c>normal</c> or <c>urgent</c>.</param>
public sealed record VariantResponse(string Code, string Name, string Kind, TermResponse Term, FeeResponse Fee);

public sealed record RefusalGroundResponse(string Code, string Text, string LegalReference);

/// <param name="Community">The community this provider serves the service for; null when it serves every community.</param>
public sealed record ProviderResponse(Guid Id, string Name, string? ShortName, string? Unit, string? Community);

/// <summary>The published version of the service's technological card; its stages are the tasks it sends to providers.</summary>
public sealed record TechnologicalCardResponse(string Id, string? Name, int Version, IReadOnlyList<StageResponse> Stages);

/// <param name="Action">The letter of the technological card: В performs, У takes part, П agrees, З approves.</param>
public sealed record StageResponse(string Name, string Action, string ActionText, TermResponse? Term);
