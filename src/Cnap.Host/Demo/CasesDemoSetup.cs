using Cnap.Host.Data;

namespace Cnap.Host.Demo;

public static class CasesDemoSetup
{
    /// <summary>
    /// With demo data on, the application's clock is <see cref="CasesDemoClock"/> (the real time, except while the demo
    /// cases' history is played at start-up) and the demo cases are seeded through the case commands.
    /// </summary>
    public static void AddCnapDemoCases(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>("Database:SeedDemoData"))
            return;
        builder.Services.AddSingleton(new CasesDemoClock(TimeProvider.System));
        builder.Services.AddSingleton<TimeProvider>(services => services.GetRequiredService<CasesDemoClock>());
        builder.Services.AddScoped<IStartupSeeder, CasesDemoSeeder>();
    }
}
