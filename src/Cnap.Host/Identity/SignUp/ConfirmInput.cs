namespace Cnap.Host.Identity.SignUp;

public sealed class ConfirmInput
{
    public string Contact { get; set; } = "";

    public string Code { get; set; } = "";
}
