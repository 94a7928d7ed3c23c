using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Cnap.Host.Identity.SignUp;
using Cnap.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Identity;

public sealed partial class CitizenSignUpTests : IAsyncLifetime
{
    private readonly Outbox outbox = new();
    private TestDatabase database = null!;
    private CnapHostFactory factory = null!;
    private WebApplicationFactory<Program> host = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        factory = new CnapHostFactory(database);
        factory.Settings["RateLimits:Sms:PermitLimit"] = "100";
        host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IAccountMessages>(outbox)));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData("olena@example.com", AccountChannel.Email, "olena@example.com")]
    [InlineData("067 123 45 67", AccountChannel.Sms, "+380671234567")]
    public async Task Citizen_signs_up_confirms_the_code_sent_to_their_contact_and_is_signed_in(string typed, AccountChannel channel, string normalised)
    {
        var session = new BrowserSession(host);

        var registered = await session.SubmitAsync("/account/register", Form("Олена Пчілка", typed, "my long pass phrase"));
        Assert.StartsWith("/account/confirm", BrowserSession.Location(registered));

        var early = await session.SubmitAsync("/account/login", ("Input.Login", typed), ("Input.Password", "my long pass phrase"));
        Assert.Contains("Спершу підтвердьте", await early.Content.ReadAsStringAsync());

        var message = Assert.Single(outbox.Sent);
        Assert.Equal((channel, normalised), (message.Channel, message.To));
        var code = Code().Match(message.Text).Value;
        var wrong = await session.SubmitAsync("/account/confirm", ("Input.Contact", typed), ("Input.Code", code == "000000" ? "111111" : "000000"));
        Assert.Contains("Невірний або застарілий код.", await wrong.Content.ReadAsStringAsync());

        var confirmed = await session.SubmitAsync("/account/confirm", ("Input.Contact", typed), ("Input.Code", code));
        Assert.Equal("/", BrowserSession.Location(confirmed));
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/api/cases/{Guid.NewGuid()}/access-log")).StatusCode);

        var again = await new BrowserSession(host).SubmitAsync("/account/login", ("Input.Login", typed), ("Input.Password", "my long pass phrase"));
        Assert.Equal("/", BrowserSession.Location(again));
    }

    [Theory]
    [InlineData("short pass", "щонайменше 12 символів")]
    [InlineData("qwertyuiop2024!", "надто поширений")]
    [InlineData("password123456", "надто поширений")]
    public async Task Weak_passwords_are_refused_with_the_reason(string password, string reason)
    {
        var response = await new BrowserSession(host).SubmitAsync("/account/register", Form("Іван", "ivan@example.com", password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        Assert.Empty(outbox.Sent);
    }

    [Fact]
    public async Task Signing_up_again_with_a_confirmed_contact_does_not_reveal_it_but_warns_the_owner()
    {
        var accounts = new TestAccounts(host);
        await accounts.CitizenAsync("taken@example.com");

        var response = await new BrowserSession(host).SubmitAsync("/account/register", Form("Хтось", "taken@example.com", "another long passphrase"));

        Assert.StartsWith("/account/confirm", BrowserSession.Location(response));
        Assert.DoesNotMatch(Code(), Assert.Single(outbox.Sent).Text);
    }

    private static (string, string)[] Form(string name, string contact, string password) =>
        [("Input.Name", name), ("Input.Contact", contact), ("Input.Password", password), ("Input.Repeat", password)];

    [GeneratedRegex("\\b\\d{6}\\b")]
    private static partial Regex Code();

    private sealed record Message(AccountChannel Channel, string To, string Text);

    /// <summary>Where codes go in the test: read like a phone or mailbox would.</summary>
    private sealed class Outbox : IAccountMessages
    {
        private readonly ConcurrentQueue<Message> sent = new();

        public IReadOnlyCollection<Message> Sent => sent;

        public Task SendAsync(AccountChannel channel, string to, string subject, string text, CancellationToken cancellationToken)
        {
            sent.Enqueue(new Message(channel, to, text));
            return Task.CompletedTask;
        }
    }
}
