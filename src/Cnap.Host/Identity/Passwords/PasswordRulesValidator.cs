using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Cnap.Host.Identity.Passwords;

/// <summary>Length is enforced by Identity's own options; this adds the list of common passwords and the user's own names.</summary>
internal sealed class PasswordRulesValidator(CommonPasswords common, IStringLocalizer<IdentityText> text) : IPasswordValidator<CnapUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<CnapUser> manager, CnapUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
            return Task.FromResult(IdentityResult.Success);
        if (common.Contains(password))
            return Failed("CommonPassword");
        if (ContainsPersonalValue(password, user))
            return Failed("PasswordContainsUserName");
        return Task.FromResult(IdentityResult.Success);
    }

    private static bool ContainsPersonalValue(string password, CnapUser user) =>
        new[] { user.UserName, user.Email?.Split('@')[0], user.PhoneNumber?.TrimStart('+') }
            .Where(v => v is { Length: >= 4 })
            .Any(v => password.Contains(v!, StringComparison.OrdinalIgnoreCase));

    private Task<IdentityResult> Failed(string code) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = text[code] }));
}
