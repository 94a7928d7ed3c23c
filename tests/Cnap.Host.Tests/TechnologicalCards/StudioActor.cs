using System.Security.Claims;
using Cnap.Host.Identity;
using Cnap.Host.TechnologicalCards;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.TechnologicalCards;

/// <summary>A signed-in methodologist as the Studio's commands carry one, and the sender the Studio's pages use.</summary>
public static class StudioActor
{
    public static ClaimsPrincipal Methodologist(string name, string id) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(CnapClaims.DisplayName, name), new Claim(ClaimTypes.Role, CnapRoles.Methodologist)], "test"));

    public static StudioSender Sender(this CnapHostFactory host) => host.Services.GetRequiredService<StudioSender>();
}
