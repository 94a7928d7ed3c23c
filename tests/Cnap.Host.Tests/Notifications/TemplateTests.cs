using System.Security.Claims;
using System.Text.Json;
using Cnap.Domain.Notifications;
using Cnap.Host.Audit;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Cnap.Host.Notifications.Templates;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Notifications;

public sealed class TemplateTests
{
    private static readonly ClaimsPrincipal Admin = Person("admin", CnapRoles.SystemAdmin);

    private static ClaimsPrincipal Person(string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "id-" + name), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Only_the_system_administrator_edits_a_template_and_the_change_is_audited_with_the_text_before_and_after(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = NotificationHost.Start(database, new Dictionary<string, string?>());
        var store = host.Services.GetRequiredService<TemplateStore>();
        var template = (await store.ListAsync()).Single(t => t is { Event: NotificationEvent.Issued, Channel: NotificationChannel.Sms });

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            store.SaveAsync(template.Id, null, "Видано. {{ Case.Number }}", true, Person("centre.admin", CnapRoles.Administrator)));
        Assert.Equal(template.Body, (await store.FindAsync(template.Id))!.Body);
        await store.SaveAsync(template.Id, null, "Видано. {{ Case.Number }}", true, Admin);

        await using var scope = host.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<CnapDbContext>().Set<AuditEntry>().AsNoTracking()
            .SingleAsync(e => e.Action == TemplateStore.EditAction);
        Assert.Equal(("admin", "Issued/Sms"), (entry.UserName, entry.ResourceId));
        using var details = JsonDocument.Parse(entry.Details!);
        Assert.Equal(template.Body, details.RootElement.GetProperty("before").GetProperty("Body").GetString());
        Assert.Equal("Видано. {{ Case.Number }}", details.RootElement.GetProperty("after").GetProperty("Body").GetString());
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None)).IsIntact);
    }
    [Fact]
    public async Task Every_event_has_a_seeded_Ukrainian_template_per_channel_that_passes_its_own_check()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, new Dictionary<string, string?>());
        var store = host.Services.GetRequiredService<TemplateStore>();
        var check = host.Services.GetRequiredService<TemplateCheck>();

        var templates = await store.ListAsync();

        Assert.Equal(Enum.GetValues<NotificationEvent>().Length * 2, templates.Count);
        foreach (var template in templates)
        {
            var preview = await check.CheckForSaveAsync(template.Channel, template.Subject, template.Body);
            Assert.True(preview.IsValid, $"{template.Event}/{template.Channel}: {string.Join("; ", preview.Problems.Select(p => $"{p.Code}: {string.Join(", ", p.Args)}"))}");
            Assert.Matches("[а-яіїєґ]", preview.Body);
        }
    }

    [Fact]
    public async Task An_sms_template_that_cannot_fit_the_limit_is_refused_on_save_with_a_field_error()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, new Dictionary<string, string?>());
        var store = host.Services.GetRequiredService<TemplateStore>();
        var template = (await store.ListAsync()).Single(t => t is { Event: NotificationEvent.Issued, Channel: NotificationChannel.Sms });

        var result = await store.SaveAsync(template.Id, null,
            "Шановна/ий {{ Applicant.Name }}! Результат послуги «{{ Service.Name }}» за заявою №{{ Case.Number }} видано. {{ Centre.Name }}, {{ Centre.Address }}",
            true, Admin);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((TemplateField.Body, TemplateProblemCode.TooManySmsParts), (problem.Field, problem.Code));
        Assert.Equal([5, 3], problem.Args);
        Assert.Equal(template.Body, (await store.FindAsync(template.Id))!.Body);
    }

    [Fact]
    public async Task A_template_with_a_Liquid_error_is_refused_and_a_good_one_is_saved()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = NotificationHost.Start(database, new Dictionary<string, string?>());
        var store = host.Services.GetRequiredService<TemplateStore>();
        var template = (await store.ListAsync()).Single(t => t is { Event: NotificationEvent.Refused, Channel: NotificationChannel.Email });

        var broken = await store.SaveAsync(template.Id, "Рішення {{ Case.Number", "Текст", true, Admin);
        var saved = await store.SaveAsync(template.Id, "Рішення №{{ Case.Number }}", "Відмова. {{ Case.Reason }}", false, Admin);

        Assert.Equal((TemplateField.Subject, TemplateProblemCode.Syntax), (broken.Problems.Single().Field, broken.Problems.Single().Code));
        Assert.True(saved.IsValid);
        var stored = (await store.FindAsync(template.Id))!;
        Assert.Equal(("Рішення №{{ Case.Number }}", false, "admin"), (stored.Subject, stored.IsEnabled, stored.UpdatedBy));
    }

    [Fact]
    public async Task A_switched_off_template_sends_nothing_and_a_restart_does_not_restore_the_default()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using (var host = NotificationHost.Start(database, new Dictionary<string, string?>()))
        {
            var store = host.Services.GetRequiredService<TemplateStore>();
            var template = (await store.ListAsync()).Single(t => t is { Event: NotificationEvent.Issued, Channel: NotificationChannel.Sms });
            await store.SaveAsync(template.Id, null, "Видано. {{ Case.Number }}", false, Admin);
        }

        await using var restarted = NotificationHost.Start(database, new Dictionary<string, string?>());
        var entries = await restarted.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena());

        Assert.Equal(NotificationChannel.Email, Assert.Single(entries).Channel);
        var kept = (await restarted.Services.GetRequiredService<TemplateStore>().ListAsync())
            .Single(t => t is { Event: NotificationEvent.Issued, Channel: NotificationChannel.Sms });
        Assert.Equal("Видано. {{ Case.Number }}", kept.Body);
    }
}
