namespace Cnap.Host.Identity;

/// <summary>Claim types Cnap adds to the principal; memberships become claims so a request needs no extra query.</summary>
public static class CnapClaims
{
    public const string AccountKind = "cnap:kind";
    public const string DisplayName = "cnap:name";
    public const string Region = "cnap:region";
    public const string Centre = "cnap:centre";
    public const string Provider = "cnap:provider";
    public const string ProviderUnit = "cnap:unit";
    public const string TaxNumber = "cnap:tax_number";
    public const string ConfirmedEmail = "cnap:email";
    public const string ConfirmedPhone = "cnap:phone";
    public const string Scope = "scope";

    public static string For(MembershipKind kind) => kind switch
    {
        MembershipKind.Region => Region,
        MembershipKind.Centre => Centre,
        MembershipKind.Provider => Provider,
        _ => ProviderUnit,
    };
}
