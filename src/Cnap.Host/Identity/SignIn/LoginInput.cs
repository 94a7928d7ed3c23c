namespace Cnap.Host.Identity.SignIn;

public sealed class LoginInput
{
    public string Login { get; set; } = "";

    public string Password { get; set; } = "";
}
