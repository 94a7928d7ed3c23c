using Cnap.Host.TechnologicalCards.Library;
using Microsoft.JSInterop;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>The bundled canvas module (canvas/*.ts → wwwroot/studio/dist/designer.js, built by Designer.targets).</summary>
public static class DesignerScript
{
    public const string ModulePath = "./studio/dist/designer.js";

    public static ValueTask<IJSObjectReference> ImportAsync(IJSRuntime js) => js.InvokeAsync<IJSObjectReference>("import", ModulePath);

    public static async Task DownloadAsync(IJSRuntime js, CardFile file)
    {
        await using var module = await ImportAsync(js);
        await module.InvokeVoidAsync("download", file.FileName, file.Json);
    }
}
