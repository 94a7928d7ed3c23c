using Cnap.Domain;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Notifications.Templates;

/// <summary>Adds the default template of every event and channel that has none; never overwrites an edited one.</summary>
internal sealed class TemplateSeeder(TimeProvider clock) : IStartupSeeder
{
    public const string SeededBy = "system";

    public int Order => 10;

    public bool IsDemoData => false;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Set<NotificationTemplate>()
            .Select(t => new { t.Event, t.Channel })
            .ToListAsync(cancellationToken);
        var now = clock.Now();
        foreach (var template in DefaultTemplates.All.Where(d => !existing.Any(e => e.Event == d.Event && e.Channel == d.Channel)))
            db.Add(NotificationTemplate.Create(template.Event, template.Channel, template.Subject, template.Body, now, SeededBy));
        await db.SaveChangesAsync(cancellationToken);
    }
}
