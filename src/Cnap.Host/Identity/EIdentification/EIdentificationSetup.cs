using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Cnap.Host.Identity.EIdentification;

public static class EIdentificationSetup
{
    /// <summary>Adds the citizen e-identification scheme when <c>Identity:EIdentification:Enabled</c> is on.</summary>
    public static AuthenticationBuilder AddCnapEIdentification(this AuthenticationBuilder builder, EIdentificationOptions options)
    {
        if (!options.Enabled)
            return builder;
        return builder.AddOpenIdConnect(EIdentificationOptions.Scheme, "ID.GOV.UA", oidc =>
        {
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.Authority = options.Authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;
            oidc.CallbackPath = options.CallbackPath;
            oidc.MapInboundClaims = false;
            oidc.GetClaimsFromUserInfoEndpoint = true;
            oidc.SaveTokens = false;
            oidc.Scope.Clear();
            foreach (var scope in options.Scopes)
                oidc.Scope.Add(scope);
            oidc.RequireHttpsMetadata = options.RequireHttps;
            if (!options.RequireHttps)
            {
                // A loopback test provider runs over plain HTTP: the correlation cookies cannot be Secure + SameSite=None
                // there, so the answer comes back as a top-level GET (query) and the cookies travel as Lax.
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            }
            oidc.ClaimActions.MapUniqueJsonKey(options.TaxNumberClaim, options.TaxNumberClaim);
            oidc.ClaimActions.MapUniqueJsonKey(options.NameClaim, options.NameClaim);
        });
    }
}
