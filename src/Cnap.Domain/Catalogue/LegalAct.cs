namespace Cnap.Domain.Catalogue;

public sealed record LegalAct
{
    public LegalAct(string title, string? provision = null)
    {
        if (string.IsNullOrWhiteSpace(title))
            throw new DomainException("A legal act needs its title.");
        Title = title.Trim();
        Provision = string.IsNullOrWhiteSpace(provision) ? null : provision.Trim();
    }

    /// <summary>"Закон України «Про адміністративні послуги» від 06.09.2012 № 5203-VI".</summary>
    public string Title { get; private init; }

    /// <summary>The article or clause that governs this service, when the act is broad ("ст. 6").</summary>
    public string? Provision { get; private init; }

    /// <summary>The same act, pointing at the provision that governs this service.</summary>
    public LegalAct At(string provision) => new(Title, provision);
}
