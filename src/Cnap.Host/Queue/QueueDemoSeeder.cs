using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue;

/// <summary>
/// Demo queues: every demo centre without a queue gets two groups (А: residence, civil status and passports; Б: the
/// rest), four windows, and bookings Monday to Friday 09:00–17:00 with a break at 13:00, 20-minute slots of 3, one kept for walk-ins.
/// </summary>
internal sealed class QueueDemoSeeder : IStartupSeeder
{
    private static readonly string[] PeopleCategories = ["RESIDENCE", "CIVIL_STATUS", "PASSPORTS"];

    public int Order => 230;

    public bool IsDemoData => true;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        var centres = await db.Set<ServiceCentre>().Select(c => c.Id).ToListAsync(cancellationToken);
        var withQueue = await db.Set<ServiceGroup>().Select(g => g.CentreId).Distinct().ToListAsync(cancellationToken);
        var people = await db.Set<ServiceCategory>().Where(c => PeopleCategories.Contains(c.Code)).Select(c => c.Id).ToListAsync(cancellationToken);
        var services = await db.Set<AdministrativeService>().Select(s => new { s.Id, s.CategoryId }).ToListAsync(cancellationToken);
        foreach (var centre in centres.Except(withQueue))
        {
            var a = new ServiceGroup(Guid.NewGuid(), centre, "А", "Реєстрація, паспорти, ДРАЦС", services.Where(s => people.Contains(s.CategoryId)).Select(s => s.Id));
            var b = new ServiceGroup(Guid.NewGuid(), centre, "Б", "Бізнес, нерухомість, дозволи, земля", services.Where(s => !people.Contains(s.CategoryId)).Select(s => s.Id));
            db.AddRange(a, b);
            foreach (var group in new[] { a, b })
                foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
                    db.Add(new BookingRule(Guid.NewGuid(), group.Id, day, new(9, 0), new(17, 0), new(13, 0), new(14, 0), 20, 3, 1));
            db.AddRange(
                new Counter(Guid.NewGuid(), centre, "Вікно 1", [a.Id]),
                new Counter(Guid.NewGuid(), centre, "Вікно 2", [a.Id]),
                new Counter(Guid.NewGuid(), centre, "Вікно 3", [b.Id]),
                new Counter(Guid.NewGuid(), centre, "Вікно 4", [a.Id, b.Id]));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
