namespace Cnap.Host.Organisations.Centres;

public static class CentresSetup
{
    public static void AddCnapCentres(this WebApplicationBuilder builder) => builder.Services.AddScoped<CentreClock>();
}
