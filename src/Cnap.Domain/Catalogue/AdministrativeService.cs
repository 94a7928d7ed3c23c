using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;

namespace Cnap.Domain.Catalogue;

/// <summary>
/// A service of the catalogue: its information card, variants, closed list of refusal grounds, who provides it where,
/// and the technological card (a workflow definition) that routes its cases.
/// </summary>
public sealed class AdministrativeService
{
    private readonly List<ServiceVariant> variants = [];
    // Not readonly: EF maps these lists by field and sets them when loading.
    private List<RefusalGround> refusalGrounds = [];
    private readonly List<ServiceProvision> provisions = [];
    private List<StatusLabel> statusLabels = [];

    private AdministrativeService() { }

    public AdministrativeService(
        Guid id, string code, string? registerCode, string name, Guid categoryId, Audience audience, InformationCard card, DateOnly effectiveFrom)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32 || code.Any(char.IsWhiteSpace))
            throw new DomainException($"«{code}» is not a catalogue code: up to 32 characters without spaces.");
        if (registerCode is not null && (registerCode.Length != 5 || !registerCode.All(char.IsAsciiDigit)))
            throw new DomainException($"«{registerCode}» is not an identifier of the national register of administrative services: five digits expected.");
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("A service needs a name.");
        Id = id;
        Code = code;
        RegisterCode = registerCode;
        Name = name.Trim();
        CategoryId = categoryId;
        Audience = audience;
        Card = card;
        EffectiveFrom = effectiveFrom;
    }

    public Guid Id { get; private set; }

    /// <summary>The catalogue's own stable code; cards, API and seeds refer to services by it.</summary>
    public string Code { get; private set; } = "";

    /// <summary>The identifier in the national register of administrative services (00034), when the service has one.</summary>
    public string? RegisterCode { get; private set; }

    public string Name { get; private set; } = "";

    public Guid CategoryId { get; private set; }

    public Audience Audience { get; private set; }

    public InformationCard Card { get; private set; } = null!;

    /// <summary>A permit under Law 2806-IV: unanswered by the deadline, it is deemed granted 10 working days later.</summary>
    public bool SilentConsentApplies { get; private set; }

    /// <summary>The provider may leave the application without motion and ask for clarification, pausing the clock.</summary>
    public bool SuspensionAllowed { get; private set; }

    /// <summary>A quick service (швидка послуга): may be applied for online or by phone, not only at the counter.</summary>
    public bool OnlineApplicationAllowed { get; private set; }

    /// <summary>The workflow definition of the published technological card; null until a methodologist publishes one.</summary>
    public string? TechnologicalCardId { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public DateOnly? EffectiveTo { get; private set; }

    public IReadOnlyList<ServiceVariant> Variants => variants;

    public IReadOnlyList<RefusalGround> RefusalGrounds => refusalGrounds;

    public IReadOnlyList<ServiceProvision> Provisions => provisions;

    public IReadOnlyList<StatusLabel> StatusLabels => statusLabels;

    public ServiceVariant NormalVariant =>
        variants.FirstOrDefault(v => v.Kind == VariantKind.Normal) ?? throw new DomainException($"Service {Code} has no normal variant.");

    public bool IsEffectiveOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    public void SetRules(bool silentConsentApplies, bool suspensionAllowed, bool onlineApplicationAllowed)
    {
        SilentConsentApplies = silentConsentApplies;
        SuspensionAllowed = suspensionAllowed;
        OnlineApplicationAllowed = onlineApplicationAllowed;
    }

    public ServiceVariant AddVariant(Guid id, string code, string name, VariantKind kind, DeadlineTerm term, Fee fee)
    {
        if (variants.Any(v => v.Code == code.Trim()))
            throw new DomainException($"Service {Code} already has a variant «{code}».");
        if (kind == VariantKind.Normal && variants.Any(v => v.Kind == VariantKind.Normal))
            throw new DomainException($"Service {Code} already has a normal variant; others are urgent.");
        var variant = new ServiceVariant(id, code, name, kind, term, fee);
        variants.Add(variant);
        return variant;
    }

    public ServiceVariant Variant(Guid variantId) =>
        variants.FirstOrDefault(v => v.Id == variantId) ?? throw new DomainException($"Service {Code} has no variant {variantId}.");

    public void AddRefusalGround(RefusalGround ground)
    {
        if (refusalGrounds.Any(g => g.Code == ground.Code))
            throw new DomainException($"Service {Code} already has refusal ground «{ground.Code}».");
        refusalGrounds.Add(ground);
    }

    /// <summary>Only a ground from the closed list may be cited: the law forbids refusing on any other.</summary>
    public RefusalGround RefusalGround(string? code) =>
        refusalGrounds.FirstOrDefault(g => g.Code == code?.Trim())
        ?? throw new DomainException(string.IsNullOrWhiteSpace(code)
            ? $"A refusal of service {Code} must cite a legal ground from its list ({string.Join(", ", refusalGrounds.Select(g => g.Code))})."
            : $"«{code}» is not among the refusal grounds of service {Code} ({string.Join(", ", refusalGrounds.Select(g => g.Code))}).");

    public void AssignProvider(ServiceProvision provision)
    {
        if (provisions.Any(p => p.ProviderId == provision.ProviderId && p.CommunityId == provision.CommunityId))
            throw new DomainException($"Service {Code} already names this provider for that locality.");
        provisions.Add(provision);
    }

    public IEnumerable<ServiceProvision> ProvisionsFor(Guid communityId) => provisions.Where(p => p.Serves(communityId));

    public void SetStatusLabel(CaseStatus status, string text)
    {
        statusLabels.RemoveAll(l => l.Status == status);
        statusLabels.Add(new StatusLabel(status, text));
    }

    public string? LabelFor(CaseStatus status) => statusLabels.FirstOrDefault(l => l.Status == status)?.Text;

    public void PublishTechnologicalCard(string workflowDefinitionId)
    {
        if (string.IsNullOrWhiteSpace(workflowDefinitionId))
            throw new DomainException($"Publishing a technological card for service {Code} needs the workflow definition id.");
        TechnologicalCardId = workflowDefinitionId.Trim();
    }

    public void Retire(DateOnly lastDay)
    {
        if (lastDay < EffectiveFrom)
            throw new DomainException($"Service {Code} cannot end on {lastDay:yyyy-MM-dd}, before it took effect on {EffectiveFrom:yyyy-MM-dd}.");
        EffectiveTo = lastDay;
    }
}
