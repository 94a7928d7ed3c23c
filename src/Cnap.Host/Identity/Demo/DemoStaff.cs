namespace Cnap.Host.Identity.Demo;

/// <summary>
/// The demo accounts docs/demo-logins.md lists. Organisations are the demo seed's, taken in code order: the first
/// centre (and its region), a second centre, the first and second providers.
/// </summary>
public static class DemoStaff
{
    public const string Password = "Demo-Cnap-2026-pass";

    /// <summary>A published authenticator key, so one demo administrator can show the TOTP step (RFC 4648 base32).</summary>
    public const string TotpKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public const string TotpUser = "admin.centre1.totp";

    public enum Place
    {
        None,
        Region,
        FirstCentre,
        SecondCentre,
        FirstProvider,
        SecondProvider,
    }

    public sealed record Account(string Login, string Name, string Role, Place Place, bool WithTotp = false);

    public static readonly Account[] Accounts =
    [
        new("sysadmin", "Системний Адміністратор", CnapRoles.SystemAdmin, Place.None),
        new("head.region", "Олена Регіональна", CnapRoles.RegionalHead, Place.Region),
        new("head.centre1", "Петро Керівник", CnapRoles.CentreHead, Place.FirstCentre),
        new("admin.centre1", "Ірина Адміністраторка", CnapRoles.Administrator, Place.FirstCentre),
        new(TotpUser, "Андрій Адміністратор", CnapRoles.Administrator, Place.FirstCentre, WithTotp: true),
        new("admin.centre2", "Марія Другого-Центру", CnapRoles.Administrator, Place.SecondCentre),
        new("officer.provider1", "Сергій Посадовий", CnapRoles.ProviderOfficer, Place.FirstProvider),
        new("head.provider1", "Наталія Начальниця", CnapRoles.ProviderHead, Place.FirstProvider),
        new("officer.provider2", "Василь Іншого-Суб'єкта", CnapRoles.ProviderOfficer, Place.SecondProvider),
        new("methodologist", "Оксана Методистка", CnapRoles.Methodologist, Place.None),
    ];

    public const string CitizenEmail = "citizen@example.com";
    public const string CitizenName = "Тарас Громадянин";
}
