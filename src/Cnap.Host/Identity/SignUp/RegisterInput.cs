namespace Cnap.Host.Identity.SignUp;

public sealed class RegisterInput
{
    public string Name { get; set; } = "";

    public string Contact { get; set; } = "";

    public string Password { get; set; } = "";

    public string Repeat { get; set; } = "";
}
