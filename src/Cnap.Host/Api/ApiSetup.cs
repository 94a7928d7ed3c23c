using Scalar.AspNetCore;

namespace Cnap.Host.Api;

public static class ApiSetup
{
    public static void AddCnapApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1");
    }

    public static void MapCnapApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs", options => options
            .WithTitle("Cnap API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
    }

    /// <summary>API errors are problem details; UI errors render the error and not-found pages.</summary>
    public static void UseCnapErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), ui =>
        {
            if (!app.Environment.IsDevelopment())
                ui.UseExceptionHandler("/error", createScopeForErrors: true);
            ui.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        });
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
