using QRCoder;

namespace Cnap.Host.Identity.SignIn;

/// <summary>The otpauth:// address authenticator apps read, and a QR code of it drawn as inline SVG (no script, no image request).</summary>
public static class TotpEnrolment
{
    public const string Issuer = "Cnap";

    public static string Uri(string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
