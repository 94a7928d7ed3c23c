namespace Cnap.Host.Queue.Tickets;

/// <summary>Who the law lets go first (persons with disabilities, war veterans, pregnant women, parents with small children).</summary>
public enum Priority
{
    None,
    Disability,
    Veteran,
    Pregnancy,
    SmallChildren,
}
