using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor.Services;

namespace Cnap.Host.Components;

public static class UiSetup
{
    public static void AddCnapUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<DeskOperations>();
        // Cyrillic written as itself, not as &#x...; entities: pages are half the size and readable in source.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Cyrillic, UnicodeRanges.GeneralPunctuation));
    }

    public static void MapCnapUi(this WebApplication app) =>
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
}
