using System.Net;
using Cnap.Host.Access;
using Cnap.Host.Cabinet.Rating;
using Cnap.Host.Identity;
using Cnap.Host.Tests.Cases.Support;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Cnap.Host.Tests.Identity;
using Cnap.Testing;

namespace Cnap.Host.Tests.Portal;

/// <summary>The citizen's cabinet: their own cases only, and a clarification answered there moves the case on.</summary>
public sealed class CabinetTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_clarification_answered_from_the_cabinet_resumes_the_case_and_moves_its_deadline(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["generic"]);
        var review = await host.Api.OpenTaskAsync(registered.Id, "Розгляд");
        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 4, 11, 0));
        await host.Api.AskClarificationAsync(review.Id, "додайте копію технічного паспорта");
        // The case was registered at the counter with this e-mail; the citizen confirmed the same address.
        await new TestAccounts(host.App).CitizenAsync("o.shevchenko@example.com");
        var citizen = await SignedInAsync(host, "o.shevchenko@example.com");

        var cabinet = await citizen.Client.GetStringAsync("/cabinet");
        Assert.Contains(registered.TrackingCode, cabinet);
        Assert.Contains($"/cabinet/cases/{registered.Id}", cabinet);
        var casePage = await citizen.Client.GetStringAsync($"/cabinet/cases/{registered.Id}");
        Assert.Contains("додайте копію технічного паспорта", casePage);

        var empty = await SubmitAsync(citizen, $"/cabinet/cases/{registered.Id}", ("Answer", "  "));
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("<title>Помилка: ", emptyHtml);
        Assert.Contains("<a href=\"#answer\">Напишіть відповідь на запит</a>", emptyHtml);
        Assert.Equal("AwaitingClarification", (await host.Api.CaseAsync(registered.Id)).Status);

        // Wednesday and Thursday stood still: the last day moves from Monday 17 to Wednesday 19 March.
        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 6, 15, 0));
        // Two days later the idle session has ended: the citizen signs in again.
        citizen = await SignedInAsync(host, "o.shevchenko@example.com");
        var answered = await SubmitAsync(citizen, $"/cabinet/cases/{registered.Id}", ("Answer", "Копію технічного паспорта принесу завтра"));

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("новий строк — до 19 березня 2025", await answered.Content.ReadAsStringAsync());
        var resumed = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("InReview", CaseHost.Kyiv(2025, 3, 20, 0, 0)), (resumed.Status, resumed.LegalDeadline));
        Assert.Equal("Копію технічного паспорта принесу завтра", Assert.Single(resumed.Suspensions).Resolution);
        Assert.Single(resumed.Tasks, t => t.Status == "Assigned");

        // Notices by e-mail only from now on: the consent of the open case changes, SMS is off.
        var notices = await SubmitAsync(citizen, "/cabinet/notifications", ("Email", "true"));
        Assert.Contains("Змінено справ: 1", await notices.Content.ReadAsStringAsync());
        var consent = await host.InScopeAsync((_, db) => db.Set<Cnap.Domain.Cases.Case>().AsNoTracking()
            .Where(c => c.Id == registered.Id).Select(c => c.Notifications).SingleAsync());
        Assert.Equal((false, true), (consent.Sms, consent.Email));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    [Cnap.Host.Tests.Access.ProvesOutOfScope("GET", "/cabinet/cases/{Id:guid}")]
    [Cnap.Host.Tests.Access.ProvesOutOfScope("POST", "/cabinet/cases/{Id:guid}")]
    [Cnap.Host.Tests.Access.ProvesOutOfScope("GET", "/cabinet/cases/{Id:guid}/rating")]
    [Cnap.Host.Tests.Access.ProvesOutOfScope("POST", "/cabinet/cases/{Id:guid}/rating")]
    [Cnap.Host.Tests.Access.ProvesOutOfScope("GET", "/cabinet/documents/{documentId:guid}")]
    public async Task A_citizen_cannot_see_another_citizens_case_by_list_or_by_address(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["generic"]);
        await new TestAccounts(host.App).CitizenAsync("someone.else@example.com");
        var stranger = await SignedInAsync(host, "someone.else@example.com");

        var cabinet = await stranger.Client.GetStringAsync("/cabinet");
        Assert.DoesNotContain(registered.TrackingCode, cabinet);
        Assert.Contains("Справ поки немає", cabinet);

        var byAddress = await stranger.Client.GetAsync($"/cabinet/cases/{registered.Id}");
        Assert.Equal(HttpStatusCode.NotFound, byAddress.StatusCode);
        Assert.DoesNotContain("Шевченко", await byAddress.Content.ReadAsStringAsync());
        // With a valid antiforgery token of the stranger's own session (every page carries one in the sign-out form).
        var token = BrowserSession.HiddenFields(cabinet).First(f => f.Key == "__RequestVerificationToken");
        var answering = await stranger.Client.PostAsync($"/cabinet/cases/{registered.Id}",
            new FormUrlEncodedContent([token, new("_handler", "clarification"), new("Answer", "чуже")]));
        // The form is not rendered for them, so the post is refused before any handler runs (400), and says nothing.
        Assert.Contains(answering.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.DoesNotContain("технічного", await answering.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/cabinet/cases/{registered.Id}/rating")).StatusCode);
        var rating = await stranger.Client.PostAsync($"/cabinet/cases/{registered.Id}/rating",
            new FormUrlEncodedContent([token, new("_handler", "rating"), new("Score", "1")]));
        Assert.Contains(rating.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        var documentId = (await host.Api.CaseAsync(registered.Id)).Documents[0].Id;
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/cabinet/documents/{documentId}")).StatusCode);

        var anonymous = new BrowserSession(host.App);
        var signIn = await anonymous.Client.GetAsync($"/cabinet/cases/{registered.Id}");
        Assert.StartsWith("/account/login", BrowserSession.Location(signIn));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_case_is_rated_once_after_its_result_is_handed_over(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["generic"]);
        await new TestAccounts(host.App).CitizenAsync("o.shevchenko@example.com");
        var citizen = await SignedInAsync(host, "o.shevchenko@example.com");

        var early = await citizen.Client.GetStringAsync($"/cabinet/cases/{registered.Id}/rating");
        Assert.Contains("Оцінити можна після того, як результат видано", early);

        await host.Api.ApproveAsync((await host.Api.OpenTaskAsync(registered.Id, "Розгляд")).Id, "Довідка про склад сім'ї");
        await host.Api.IssueAsync(registered.Id);
        Assert.Contains("data-testid=\"rate-link\"", await citizen.Client.GetStringAsync($"/cabinet/cases/{registered.Id}"));

        var noScore = await SubmitAsync(citizen, $"/cabinet/cases/{registered.Id}/rating", ("Comment", "Швидко"));
        Assert.Contains("<a href=\"#score\">Виберіть оцінку від 1 до 5</a>", await noScore.Content.ReadAsStringAsync());
        var rated = await SubmitAsync(citizen, $"/cabinet/cases/{registered.Id}/rating", ("Score", "5"), ("Comment", "Швидко і ввічливо"));
        Assert.Contains("Вашу оцінку збережено", await rated.Content.ReadAsStringAsync());

        var again = await citizen.Client.GetStringAsync($"/cabinet/cases/{registered.Id}/rating");
        Assert.Contains("Цю справу вже оцінено", again);
        Assert.DoesNotContain("data-testid=\"rate-link\"", await citizen.Client.GetStringAsync($"/cabinet/cases/{registered.Id}"));
        var second = await host.InScopeAsync((scope, _) => scope.GetRequiredService<IMediator>()
            .Send(new RateCase(registered.Id, CitizenCaller("o.shevchenko@example.com"), 1, null)).AsTask());
        Assert.Equal(RatingOutcome.AlreadyRated, second);

        var summary = await host.InScopeAsync((scope, _) => scope.GetRequiredService<IMediator>()
            .Send(new RatingSummary([host.World.CentreId], CaseHost.Kyiv(2025, 3, 1), CaseHost.Kyiv(2025, 4, 1))).AsTask());
        Assert.Equal((1, 5.0), (Assert.Single(summary).Count, summary[0].Average));
    }

    private static Caller CitizenCaller(string email) => Caller.Anonymous with
    {
        UserId = "test", Roles = new HashSet<string> { CnapRoles.Citizen }, ConfirmedEmail = email,
    };

    /// <summary>As a browser posts one form of a page: its own hidden fields once (the sign-out form carries a token too).</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(BrowserSession session, string path, params (string Name, string Value)[] fields)
    {
        var html = await session.Client.GetStringAsync(path);
        var form = BrowserSession.HiddenFields(html).DistinctBy(f => f.Key)
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await session.Client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    private static async Task<BrowserSession> SignedInAsync(CaseHost host, string email)
    {
        var session = new BrowserSession(host.App);
        var response = await session.SubmitAsync("/account/login", ("Input.Login", email), ("Input.Password", TestAccounts.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }
}
