using Cnap.Domain.Contacts;

namespace Cnap.Domain.Organisations;

/// <summary>A ЦНАП: the front office that registers cases, controls their terms and hands results back.</summary>
public sealed class ServiceCentre
{
    // Not readonly: EF maps these lists by field and sets them when loading.
    private List<OpeningHours> openingHours = [];
    private readonly List<PhoneNumber> phones = [];
    private List<RemoteWorkplace> remoteWorkplaces = [];

    private ServiceCentre() { }

    public ServiceCentre(Guid id, Guid regionId, Guid communityId, string code, string name, PostalAddress address)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 16 || code.Any(char.IsWhiteSpace))
            throw new DomainException($"«{code}» is not a centre code: up to 16 characters without spaces (it prefixes journal numbers).");
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("A centre needs a name.");
        Id = id;
        RegionId = regionId;
        CommunityId = communityId;
        Code = code;
        Name = name.Trim();
        Address = address;
    }

    public Guid Id { get; private set; }

    public Guid RegionId { get; private set; }

    public Guid CommunityId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public PostalAddress Address { get; private set; } = null!;

    public EmailAddress? Email { get; private set; }

    public string? Website { get; private set; }

    /// <summary>How a visitor with a disability gets in and is served (entrance, parking, toilets, help), in words.</summary>
    public string? AccessibilityNotes { get; private set; }

    public IReadOnlyList<OpeningHours> OpeningHours => openingHours;

    public IReadOnlyList<PhoneNumber> Phones => phones;

    public IReadOnlyList<RemoteWorkplace> RemoteWorkplaces => remoteWorkplaces;

    public void SetContacts(IEnumerable<PhoneNumber> phoneNumbers, EmailAddress? email, string? website)
    {
        phones.Clear();
        phones.AddRange(phoneNumbers.Distinct());
        Email = email;
        Website = string.IsNullOrWhiteSpace(website) ? null : website.Trim();
    }

    public void DescribeAccessibility(string? notes) =>
        AccessibilityNotes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();

    public void SetOpeningHours(IEnumerable<OpeningHours> week)
    {
        var days = week.ToList();
        if (days.GroupBy(d => d.Day).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DomainException($"{twice.Key} appears twice in the schedule of centre {Code}.");
        openingHours.Clear();
        openingHours.AddRange(days.OrderBy(d => ((int)d.Day + 6) % 7));
    }

    public RemoteWorkplace AddRemoteWorkplace(Guid id, string name, PostalAddress address, string schedule)
    {
        if (remoteWorkplaces.Any(w => string.Equals(w.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"Centre {Code} already has a remote workplace «{name}».");
        var workplace = new RemoteWorkplace(id, name, address, schedule);
        remoteWorkplaces.Add(workplace);
        return workplace;
    }

    public bool IsOpenAt(DateTime localTime) =>
        openingHours.Any(h => h.Day == localTime.DayOfWeek && h.IsOpenAt(TimeOnly.FromDateTime(localTime)));
}
