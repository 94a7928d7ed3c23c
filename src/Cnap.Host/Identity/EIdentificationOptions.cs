namespace Cnap.Host.Identity;

/// <summary>
/// OpenID Connect login for citizens through a state e-identification service (id.gov.ua style): authorization-code
/// flow; the tax number claim links the person to their cases.
/// </summary>
public sealed class EIdentificationOptions
{
    public const string Scheme = "eid";

    public bool Enabled { get; set; }

    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string[] Scopes { get; set; } = ["openid", "profile"];

    /// <summary>The claim that carries the РНОКПП (id.gov.ua calls it drfocode).</summary>
    public string TaxNumberClaim { get; set; } = "drfocode";

    public string NameClaim { get; set; } = "name";

    /// <summary>Only a loopback test provider may run without HTTPS.</summary>
    public bool RequireHttps { get; set; } = true;

    public string CallbackPath { get; set; } = "/signin-eid";
}
