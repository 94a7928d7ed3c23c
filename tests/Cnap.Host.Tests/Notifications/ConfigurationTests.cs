using Cnap.Testing;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Tests.Notifications;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task An_http_gateway_without_its_settings_stops_the_start_naming_the_missing_keys()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = NotificationHost.Start(database, new Dictionary<string, string?> { ["Notifications:Sms:Gateway"] = "Http" });
        });

        Assert.Contains("Notifications:Sms:BaseUrl", error.Message);
        Assert.Contains("Notifications:Sms:CallbackSecret", error.Message);
    }
}
