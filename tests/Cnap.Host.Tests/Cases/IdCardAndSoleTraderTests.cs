using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;

namespace Cnap.Host.Tests.Cases;

/// <summary>Cards cnap-id-card (through the migration service) and cnap-sole-trader-registration (24 hours excluding days off).</summary>
public sealed class IdCardAndSoleTraderTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_urgent_id_card_goes_to_the_migration_service_for_ten_working_days(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["id-card"], variant: "urgent");

        Assert.Equal(CaseHost.Kyiv(2025, 3, 18, 0, 0), registered.LegalDeadline);
        var task = await host.Api.OpenTaskAsync(registered.Id, "виготовлення документа");
        Assert.Equal((host.World.MigrationId, host.World.Units["DOCUMENTS"]), (task.ProviderId, task.UnitId!.Value));
        var details = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("urgent", "37780456"), (details.Variant, details.Provider.Code));

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 14, 12, 0));
        await host.Api.ApproveAsync(task.Id, "Паспорт громадянина України у формі ID-картки", "001234567");
        await host.Api.IssueAsync(registered.Id);
        Assert.Equal("Issued", (await host.Api.CaseAsync(registered.Id)).Status);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_sole_trader_filed_on_friday_afternoon_is_due_on_monday_afternoon(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 7, 15, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["sole-trader"]);

        // 24 hours that run on working days only: 9 on Friday, 15 on Monday.
        Assert.Equal(CaseHost.Kyiv(2025, 3, 10, 15, 0), CaseHost.Minute(registered.LegalDeadline));
        var task = await host.Api.OpenTaskAsync(registered.Id, "реєстратором");
        Assert.Equal(host.World.JusticeId, task.ProviderId);

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 10, 11, 0));
        await host.Api.ApproveAsync(task.Id, "Виписка з ЄДР");
        await host.Api.IssueAsync(registered.Id);
        var done = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("Issued", false), (done.Status, done.IsOverdue));
    }
}
