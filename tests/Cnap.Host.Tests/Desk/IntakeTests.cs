using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Host.Cases.Registration;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Desk;

/// <summary>The counter intake's reads and its registration with an incomplete package, on both databases.</summary>
public sealed class IntakeTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Intake_finds_services_reuses_a_known_applicant_and_records_why_an_incomplete_package_was_accepted(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var world = host.World;
        var earlier = await host.Api.RegisterAsync(world.CentreId, world.Services["residence"]);
        Task<T> SendAsync<T>(IQuery<T> query) => host.InScopeAsync((services, _) => services.GetRequiredService<IMediator>().Send(query).AsTask());

        var all = await SendAsync(new GetIntakeServices(world.CentreId, null));
        Assert.Equal(world.Services["residence"], all[0].Id);
        Assert.Equal(1, all[0].RecentCount);
        var found = Assert.Single(await SendAsync(new GetIntakeServices(world.CentreId, "реклам")));
        Assert.NotEmpty(found.Variants);
        Assert.NotEmpty(found.Providers);

        var known = await SendAsync(new FindApplicant([world.CentreId], CaseApi.ApplicantTaxNumber));
        Assert.Equal("Шевченко Олександра Петрівна", known!.DisplayName);
        Assert.Null(await SendAsync(new FindApplicant([world.OtherCentreId], CaseApi.ApplicantTaxNumber)));
        Assert.Null(await SendAsync(new FindApplicant([world.CentreId], "1234567890")));

        var registered = await host.InScopeAsync((services, _) => services.GetRequiredService<IMediator>().Send(new RegisterCase(
            world.CentreId, world.Services["residence"], null, null, known, ApplicationChannel.Counter,
            [new SubmittedDocument("Заява", DocumentForm.Original, 1)], ResultDelivery.InPerson, new NotificationConsent(true, false),
            new Actor("admin-1", "Адміністратор"))
        { IncompletePackageReason = "Паспорт донесуть завтра" }).AsTask());
        var timeline = (await host.Api.CaseAsync(registered.Id)).Timeline;
        Assert.Contains(timeline, t => t.Event == "Registered" && t.Details!.Contains("неповний пакет: Паспорт донесуть завтра", StringComparison.Ordinal));
        Assert.NotEqual(earlier.Id, registered.Id);
    }
}
