using Cnap.Host.Data;
using Cnap.Host.Identity.Administration;
using Cnap.Host.Identity.ApiKeys;
using Cnap.Host.Identity.EIdentification;
using Cnap.Host.Identity.Passwords;
using Cnap.Host.Identity.SignUp;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Identity;

public static class IdentitySetup
{
    public const string DefaultScheme = "cnap";

    public static void AddCnapIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(CnapIdentityOptions.Section);
        var options = section.Get<CnapIdentityOptions>() ?? new CnapIdentityOptions();
        options.RequireStaffTwoFactor ??= !builder.Environment.IsDevelopment();
        options.SecureCookies ??= !builder.Environment.IsDevelopment();
        services.AddSingleton(Options.Create(options));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(CommonPasswords.LoadShipped());

        services.AddIdentity<CnapUser, IdentityRole>(identity =>
            {
                identity.Password.RequiredLength = options.MinimumPasswordLength;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 4;
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedAccessAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = false;
                identity.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<CnapDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CnapClaimsFactory>()
            .AddPasswordValidator<PasswordRulesValidator>()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        services.AddScoped<IUserConfirmation<CnapUser>, CnapUserConfirmation>();

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((cookie, clock) =>
            {
                SessionCookie.Configure(cookie, options);
                cookie.TimeProvider = clock;
            });
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<TimeProvider>((stamp, clock) =>
            {
                stamp.ValidationInterval = options.SessionCheckInterval;
                stamp.TimeProvider = clock;
            });

        services.AddAuthentication(auth =>
            {
                auth.DefaultScheme = DefaultScheme;
                auth.DefaultAuthenticateScheme = DefaultScheme;
                auth.DefaultChallengeScheme = DefaultScheme;
                auth.DefaultForbidScheme = DefaultScheme;
            })
            // A key authenticates API calls only: pages, the Blazor circuit and sign-out are for people with a session.
            .AddPolicyScheme(DefaultScheme, "Cnap", policy => policy.ForwardDefaultSelector = context =>
                ApiKeyAuthentication.IsPresent(context.Request) && Api.ApiSetup.IsApi(context) ? ApiKeyAuthentication.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, _ => { })
            .AddCnapEIdentification(options.EIdentification);

        services.AddCascadingAuthenticationState();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ApiKeyIssuer>();
        services.AddScoped<CitizenSignUp>();
        services.AddScoped<EIdentificationLogin>();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        services.TryAddSingleton<IAccountMessages, LoggedAccountMessages>();
        services.AddScoped<IStartupSeeder, RoleSeeder>();
        services.AddScoped<IStartupSeeder, Demo.DemoUserSeeder>();
        services.AddScoped<SignIn.StaffSignInFlow>();
    }

    public static void MapCnapIdentity(this WebApplication app) => app.MapCnapAccountEndpoints();
}
