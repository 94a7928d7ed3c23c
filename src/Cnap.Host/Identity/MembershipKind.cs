namespace Cnap.Host.Identity;

public enum MembershipKind
{
    Region,
    Centre,
    Provider,
    ProviderUnit,
}
