using QRCoder;

namespace Cnap.Host.Queue.Booking;

/// <summary>The booking code as a QR code in inline SVG (no script, no image request), for the kiosk's scanner.</summary>
public static class BookingQr
{
    public static string Svg(string code)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(code, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(6);
    }
}
