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
            // Darker than MudBlazor's defaults: error and warning text and outlined chips must reach 4.5:1 on white.
            Error = "#b3261e",
            Warning = "#8a4b00",
            Success = "#1e6b2a",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "sans-serif"] },
        },
    };
}
