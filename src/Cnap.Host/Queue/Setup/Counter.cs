namespace Cnap.Host.Queue.Setup;

/// <summary>A window (counter) of a centre, the service groups it serves and who sits at it on a given day.</summary>
public sealed class Counter
{
    private Counter() { }

    public Counter(Guid id, Guid centreId, string name, IEnumerable<Guid> groupIds)
    {
        Id = id;
        CentreId = centreId;
        Change(name, groupIds);
    }

    public Guid Id { get; private set; }

    public Guid CentreId { get; private set; }

    public string Name { get; private set; } = "";

    public List<Guid> GroupIds { get; private set; } = [];

    public string? StaffUserId { get; private set; }

    public string? StaffName { get; private set; }

    public DateOnly? StaffedOn { get; private set; }

    public void Change(string name, IEnumerable<Guid> groupIds)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 40)
            throw new QueueRefusal(RefusalReason.InvalidSetup, "A window needs a short name (up to 40 characters), e.g. «Вікно 3».");
        Name = name.Trim();
        GroupIds = groupIds.Distinct().ToList();
    }

    /// <summary>Who works this window today; a staffing from an earlier day no longer counts.</summary>
    public void Staff(string? userId, string? name, DateOnly day)
    {
        StaffUserId = string.IsNullOrWhiteSpace(userId) ? null : userId;
        StaffName = StaffUserId is null ? null : name;
        StaffedOn = StaffUserId is null ? null : day;
    }

    public bool IsOpenOn(DateOnly day) => StaffUserId is not null && StaffedOn == day;
}
