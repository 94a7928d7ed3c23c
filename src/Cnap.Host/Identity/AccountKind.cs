namespace Cnap.Host.Identity;

public enum AccountKind
{
    Staff,
    Citizen,
    Integration,
}
