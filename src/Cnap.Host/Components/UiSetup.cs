using MudBlazor.Services;

namespace Cnap.Host.Components;

public static class UiSetup
{
    public static void AddCnapUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
    }

    public static void MapCnapUi(this WebApplication app) =>
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
}
