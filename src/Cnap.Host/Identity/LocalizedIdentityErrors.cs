using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Cnap.Host.Identity;

/// <summary>Identity's messages in the user's language; codes stay Identity's own.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<IdentityText> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError));
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName ?? "");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? "");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated));

    private IdentityError Error(string code, params object[] arguments) => new() { Code = code, Description = text[code, arguments] };
}
