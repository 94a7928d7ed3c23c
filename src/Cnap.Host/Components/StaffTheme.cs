using MudBlazor;

namespace Cnap.Host.Components;

/// <summary>Colours chosen for WCAG AA contrast of white text on the primary colour (7.6:1).</summary>
public static class StaffTheme
{
    public static readonly MudTheme Value = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f8a",
            Secondary = "#8a5a00",
            AppbarBackground = "#0b4f8a",
            TextSecondary = "rgba(0,0,0,0.72)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "sans-serif"] },
        },
    };
}
