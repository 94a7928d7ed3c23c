using Cnap.Host.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Tests.Cases;

/// <summary>Tracking links in notices point where the site is: the configured public address, else where the host listens.</summary>
public sealed class PublicAddressTests
{
    [Fact]
    public async Task Without_a_public_url_links_use_the_address_the_host_listens_on()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        await app.StartAsync();
        var server = app.Services.GetRequiredService<IServer>();
        var listening = server.Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var unset = new PublicAddress(Options.Create(new CaseOptions()), server, app.Configuration);
        var set = new PublicAddress(Options.Create(new CaseOptions { PublicUrl = "https://cnap.example.gov.ua/" }), server, app.Configuration);

        Assert.StartsWith("http://127.0.0.1:", listening);
        Assert.Equal(listening, unset.Url);
        Assert.Equal("https://cnap.example.gov.ua", set.Url);
        await app.StopAsync();
    }
}
