namespace Cnap.Host.Identity.SignIn;

public sealed class CodeInput
{
    public string Code { get; set; } = "";

    /// <summary>People copy codes as "123 456" or with a dash.</summary>
    public string Normalized => new(Code.Where(char.IsAsciiDigit).ToArray());
}
