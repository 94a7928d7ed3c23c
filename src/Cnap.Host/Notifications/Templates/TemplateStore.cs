using System.Security.Claims;
using System.Text.Json;
using Cnap.Domain;
using Cnap.Domain.Notifications;
using Cnap.Host.Access;
using Cnap.Host.Audit;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Notifications.Templates;

/// <summary>
/// Lists and saves templates; a save that fails the check changes nothing and returns the field problems. Templates speak
/// for every centre, so only the system administrator changes them, and each change is audited with the text before and after.
/// </summary>
public sealed class TemplateStore(IDbContextFactory<CnapDbContext> contexts, TemplateCheck check, TimeProvider clock, IAuditTrail audit)
{
    public async Task<IReadOnlyList<NotificationTemplate>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var templates = await db.Set<NotificationTemplate>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. templates.OrderBy(t => t.Event).ThenBy(t => t.Channel)];
    }

    public async Task<NotificationTemplate?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<NotificationTemplate>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    public async Task<TemplatePreview> SaveAsync(
        Guid id, string? subject, string body, bool enabled, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        if (!Caller.From(by).IsIn(CnapRoles.SystemAdmin))
            throw new UnauthorizedAccessException("Only the system administrator edits notice templates.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.Set<NotificationTemplate>().SingleAsync(t => t.Id == id, cancellationToken);
        var result = await check.CheckForSaveAsync(template.Channel, subject, body);
        if (!result.IsValid)
            return result;
        var before = new TemplateText(template.Subject, template.Body, template.IsEnabled);
        template.Edit(subject, body, enabled, clock.Now(), Caller.From(by).Name ?? "?");
        await db.SaveChangesAsync(cancellationToken);
        var details = JsonSerializer.Serialize(new { before, after = new TemplateText(template.Subject, template.Body, template.IsEnabled) });
        await audit.RecordAsync(new AuditRecord(EditAction, ResourceKind: "notice-template", ResourceId: $"{template.Event}/{template.Channel}", Details: details),
            by, cancellationToken);
        return result;
    }

    public const string EditAction = "notice-template:edit";

    private sealed record TemplateText(string? Subject, string Body, bool Enabled);
}
