using Microsoft.AspNetCore.Identity;

namespace Cnap.Host.Identity;

/// <summary>Staff accounts are created by an administrator; citizens confirm their e-mail or phone (or come through e-identification).</summary>
internal sealed class CnapUserConfirmation : IUserConfirmation<CnapUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<CnapUser> manager, CnapUser user) =>
        Task.FromResult(user.Kind != AccountKind.Citizen || user.EmailConfirmed || user.PhoneNumberConfirmed || user.VerifiedTaxNumber is not null);
}
