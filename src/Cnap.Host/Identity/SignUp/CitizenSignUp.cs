using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Cnap.Host.Identity.SignUp;

/// <summary>
/// A citizen signs up with an e-mail or phone and a password, then proves the contact with a six-digit code. The
/// answer never says whether the contact already had an account (no enumeration of who uses the service).
/// </summary>
public sealed class CitizenSignUp(UserManager<CnapUser> users, IAccountMessages messages, IStringLocalizer<IdentityText> text, TimeProvider clock)
{
    public const string Purpose = "confirm-contact";

    public async Task<IdentityResult> StartAsync(CitizenContact contact, string displayName, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(contact.UserName);
        if (user is { } existing && IsConfirmed(existing, contact))
        {
            await messages.SendAsync(contact.Channel, contact.Value, text["AlreadyRegisteredSubject"], text["AlreadyRegisteredText"], cancellationToken);
            return IdentityResult.Success;
        }
        if (user is null)
        {
            user = new CnapUser
            {
                Kind = AccountKind.Citizen,
                UserName = contact.UserName,
                Email = contact.Channel == AccountChannel.Email ? contact.Value : null,
                PhoneNumber = contact.Channel == AccountChannel.Sms ? contact.Value : null,
                DisplayName = displayName.Trim(),
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                return created;
            await users.AddToRoleAsync(user, CnapRoles.Citizen);
        }
        else
        {
            // An unconfirmed account belongs to nobody yet: whoever confirms the contact sets the password.
            var checkedPassword = await ValidatePasswordAsync(user, password);
            if (!checkedPassword.Succeeded)
                return checkedPassword;
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, password);
        }
        await SendCodeAsync(user, contact, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task SendCodeAsync(CnapUser user, CitizenContact contact, CancellationToken cancellationToken)
    {
        var code = await users.GenerateUserTokenAsync(user, Provider(contact), Purpose);
        await messages.SendAsync(contact.Channel, contact.Value, text["CodeSubject"], text["CodeText", code], cancellationToken);
    }

    public async Task<CnapUser?> ConfirmAsync(CitizenContact contact, string code)
    {
        var user = await users.FindByNameAsync(contact.UserName);
        if (user is null || !await users.VerifyUserTokenAsync(user, Provider(contact), Purpose, code.Trim()))
            return null;
        if (contact.Channel == AccountChannel.Email)
            user.EmailConfirmed = true;
        else
            user.PhoneNumberConfirmed = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return user;
    }

    private async Task<IdentityResult> ValidatePasswordAsync(CnapUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
            if (await validator.ValidateAsync(users, user, password) is { Succeeded: false } failed)
                return failed;
        return IdentityResult.Success;
    }

    private static bool IsConfirmed(CnapUser user, CitizenContact contact) =>
        contact.Channel == AccountChannel.Email ? user.EmailConfirmed : user.PhoneNumberConfirmed;

    private static string Provider(CitizenContact contact) =>
        contact.Channel == AccountChannel.Email ? TokenOptions.DefaultEmailProvider : TokenOptions.DefaultPhoneProvider;
}
