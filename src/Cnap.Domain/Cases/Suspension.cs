namespace Cnap.Domain.Cases;

/// <summary>An interval when the clock stood still: the application was left without motion for clarification.</summary>
public sealed class Suspension
{
    private Suspension() { }

    internal Suspension(Guid id, string request, DateTimeOffset startedAt, Actor requestedBy)
    {
        if (string.IsNullOrWhiteSpace(request))
            throw new DomainException("A request for clarification must say what is to be clarified.");
        Id = id;
        Request = request.Trim();
        StartedAt = startedAt;
        RequestedBy = requestedBy;
    }

    public Guid Id { get; private set; }

    public string Request { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public Actor RequestedBy { get; private set; } = null!;

    public DateTimeOffset? EndedAt { get; private set; }

    public string? Resolution { get; private set; }

    public bool IsOpen => EndedAt is null;

    internal void End(DateTimeOffset at, string? resolution)
    {
        EndedAt = at;
        Resolution = string.IsNullOrWhiteSpace(resolution) ? null : resolution.Trim();
    }
}
