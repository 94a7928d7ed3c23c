using Cnap.Host.Desk;
using Cnap.Host.Portal;
using Cnap.Host.Studio;
using Microsoft.AspNetCore.Components;

namespace Cnap.Host.Components;

/// <summary>
/// A page's layout follows from its address (<c>/desk/…</c>, <c>/studio/…</c>, else the Portal), so a page lives in its
/// feature's folder beside the command it sends and still sits in its area (docs/architecture.md).
/// </summary>
public static class AreaLayout
{
    public static Type For(Type page) => Area(page.GetCustomAttributes(typeof(RouteAttribute), inherit: false).OfType<RouteAttribute>().FirstOrDefault()?.Template) switch
    {
        "desk" => typeof(DeskLayout),
        "studio" => typeof(StudioLayout),
        _ => typeof(PortalLayout),
    };

    private static string? Area(string? route) => route?.TrimStart('/').Split('/', 2)[0].ToLowerInvariant();
}
