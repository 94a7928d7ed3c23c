using Cnap.Host.Data;
using Cnap.Host.TechnologicalCards.Designer.Problems;

namespace Cnap.Host.TechnologicalCards;

public static class TechnologicalCardsSetup
{
    public static void AddCnapTechnologicalCards(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<TechnologicalCardOptions>(builder.Configuration.GetSection(TechnologicalCardOptions.Section));
        builder.Services.AddScoped<IStartupSeeder, CardSeeder>();
        builder.Services.AddScoped<IStartupSeeder, ServiceCardLinker>();
        builder.Services.AddSingleton<StudioSender>();
        builder.Services.AddSingleton<CardProblems>();
    }
}
