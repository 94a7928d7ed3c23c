using Cnap.Domain;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Notifications.Templates;

/// <summary>Lists and saves templates; a save that fails the check changes nothing and returns the field problems.</summary>
public sealed class TemplateStore(IDbContextFactory<CnapDbContext> contexts, TemplateCheck check, TimeProvider clock)
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
        Guid id, string? subject, string body, bool enabled, string by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.Set<NotificationTemplate>().SingleAsync(t => t.Id == id, cancellationToken);
        var result = await check.CheckForSaveAsync(template.Channel, subject, body);
        if (!result.IsValid)
            return result;
        template.Edit(subject, body, enabled, clock.Now(), by);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
