namespace Cnap.Host.Identity;

/// <summary>Marker for the IdentityText resource files: sign-in, sign-up and account messages.</summary>
public sealed class IdentityText;
