using Cnap.Testing;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Tests.Notifications;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task An_http_gateway_without_its_settings_stops_the_start_naming_the_missing_keys()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = NotificationHost.Start(database, new Dictionary<string, string?> { ["Notifications:Sms:Gateway"] = "Http" });
        });

        var error = Assert.IsType<OptionsValidationException>(Innermost(thrown));
        Assert.Contains("Notifications:Sms:BaseUrl", error.Message);
        Assert.Contains("Notifications:Sms:CallbackSecret", error.Message);
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
