using Cnap.Host.Desk;
using Cnap.Host.Portal;
using Cnap.Host.Studio;

namespace Cnap.Host.Components;

/// <summary>A page's layout follows from the area folder it lives in, so pages do not repeat it.</summary>
public static class AreaLayout
{
    public static Type For(Type page) => page.Namespace switch
    {
        { } ns when ns.StartsWith(typeof(DeskLayout).Namespace!, StringComparison.Ordinal) => typeof(DeskLayout),
        { } ns when ns.StartsWith(typeof(StudioLayout).Namespace!, StringComparison.Ordinal) => typeof(StudioLayout),
        _ => typeof(PortalLayout),
    };
}
