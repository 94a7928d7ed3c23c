using System.Net;
using System.Net.Http.Json;
using Cnap.Domain.Notifications;
using Cnap.Host.Identity;
using Cnap.Host.Queue;
using Cnap.Host.Queue.Booking;
using Cnap.Host.Queue.Counters;
using Cnap.Host.Queue.Setup;
using Cnap.Host.Queue.Tickets;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Queue;

public abstract class QueueFixture(DatabaseKind kind) : IAsyncLifetime
{
    public QueueWorld World { get; private set; } = null!;

    public async Task InitializeAsync() => World = await QueueWorld.StartAsync(kind);

    public async Task DisposeAsync() => await World.DisposeAsync();
}

public sealed class SqliteQueueFixture() : QueueFixture(DatabaseKind.Sqlite);

public sealed class PostgresQueueFixture() : QueueFixture(DatabaseKind.Postgres);

public sealed class QueueOnSqliteTests(SqliteQueueFixture fixture) : QueueContract(fixture.World), IClassFixture<SqliteQueueFixture>;

public sealed class QueueOnPostgresTests(PostgresQueueFixture fixture) : QueueContract(fixture.World), IClassFixture<PostgresQueueFixture>;

/// <summary>The queue's rules, run against each database: each test works on its own day or slot of the shared world.</summary>
public abstract class QueueContract(QueueWorld world)
{
    private static readonly DateOnly Wednesday = new(2026, 2, 4);
    private static readonly DateOnly Thursday = new(2026, 2, 5);

    private BookAppointment Booking(DateOnly date, TimeOnly start, string phone = "0671234567") =>
        new(world.CentreId, world.ServiceId, date, start, phone, "Олена Петренко");

    [Fact]
    public async Task Fifty_parallel_bookings_for_the_last_seats_succeed_exactly_as_many_times_as_seats_are_left()
    {
        var slot = new TimeOnly(10, 0);
        await world.SendAsync(Booking(QueueWorld.Tuesday, slot));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            try
            {
                await world.SendAsync(Booking(QueueWorld.Tuesday, slot, $"06700{i:00000}"));
                return "booked";
            }
            catch (QueueRefusal e)
            {
                return e.Reason.ToString();
            }
        }));

        Assert.Equal(QueueWorld.OnlineSeats - 1, attempts.Count(a => a == "booked"));
        Assert.All(attempts.Where(a => a != "booked"), a => Assert.Equal(nameof(RefusalReason.SlotTaken), a));
        var seats = await world.InDatabaseAsync(db => db.Set<Appointment>()
            .Where(a => a.ServiceGroupId == world.GroupId && a.Date == QueueWorld.Tuesday && a.Start == slot && a.Seat != null).Select(a => a.Seat!.Value).ToListAsync());
        Assert.Equal([1, 2, 3], seats.Order());
    }

    [Theory]
    [InlineData("2026-02-08", "10:00", RefusalReason.ClosedDay)]
    [InlineData("2026-02-03", "13:00", RefusalReason.InBreak)]
    [InlineData("2026-02-02", "09:30", RefusalReason.Past)]
    [InlineData("2026-02-03", "09:10", RefusalReason.OutsideHours)]
    [InlineData("2026-02-03", "17:00", RefusalReason.OutsideHours)]
    public async Task Booking_outside_the_rules_is_refused_with_the_rule_it_breaks(string date, string time, RefusalReason reason)
    {
        var refusal = await Assert.ThrowsAsync<QueueRefusal>(() => world.SendAsync(Booking(DateOnly.Parse(date), TimeOnly.Parse(time))));

        Assert.Equal(reason, refusal.Reason);
    }

    [Fact]
    public async Task A_day_the_centre_closes_takes_no_bookings_and_shows_as_closed()
    {
        var friday = new DateOnly(2026, 2, 6);
        await world.SendAsync(new SetClosedDay(world.Head, world.CentreId, friday, true, "Навчання персоналу"));

        var refusal = await Assert.ThrowsAsync<QueueRefusal>(() => world.SendAsync(Booking(friday, new TimeOnly(10, 0))));
        var calendar = await world.QueryAsync(new GetBookingCalendar(world.CentreId, world.ServiceId));

        Assert.Equal(RefusalReason.ClosedDay, refusal.Reason);
        Assert.Equal(DayState.ClosedByCentre, calendar.Days.Single(d => d.Date == friday).State);
        Assert.Equal(DayState.ClosedByCalendar, calendar.Days.Single(d => d.Date == new DateOnly(2026, 2, 7)).State);
        Assert.Equal(QueueWorld.Tuesday.AddDays(-1), calendar.FirstOpen?.Date);
    }

    [Fact]
    public async Task Booked_visit_gets_a_reminder_the_evening_before_and_a_cancel_from_the_link_frees_the_seat()
    {
        var slot = new TimeOnly(11, 0);
        var first = await world.SendAsync(Booking(Wednesday, slot, "0671110001"));
        await world.SendAsync(Booking(Wednesday, slot, "0671110002"));
        await world.SendAsync(Booking(Wednesday, slot, "0671110003"));
        Assert.Equal(RefusalReason.SlotTaken, (await Assert.ThrowsAsync<QueueRefusal>(() => world.SendAsync(Booking(Wednesday, slot)))).Reason);

        world.Clock.SetUtcNow(DateTimeOffset.Parse("2026-02-03T16:00:00Z"));
        try
        {
            await world.Host.Services.GetRequiredService<AppointmentReminders>().QueueDueAsync(CancellationToken.None);
            var again = await world.Host.Services.GetRequiredService<AppointmentReminders>().QueueDueAsync(CancellationToken.None);
            var sms = await world.InDatabaseAsync(db => db.Set<OutboxEntry>().Where(e => e.Recipient == "+380671110001").ToListAsync());
            Assert.Equal(0, again);
            var reminder = Assert.Single(sms);
            Assert.Equal(NotificationChannel.Sms, reminder.Channel);
            Assert.Contains("04.02.2026 о 11:00", reminder.Body);
            Assert.Contains(first.Code, reminder.Body);

            var client = world.Host.CreateClient();
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/queue/bookings/{first.ManageToken}")).StatusCode);
            var view = await client.GetFromJsonAsync<AppointmentView>($"/api/queue/bookings/{first.ManageToken}", System.Text.Json.JsonSerializerOptions.Web);
            Assert.Equal(AppointmentStatus.Cancelled, view!.Status);
            var rebooked = await world.SendAsync(Booking(Wednesday, slot, "0671110004"));
            Assert.NotEqual(first.Code, rebooked.Code);
        }
        finally
        {
            world.Clock.SetUtcNow(QueueWorld.MondayMorning);
        }
    }

    [Fact]
    public async Task A_centres_bookings_are_invisible_to_another_centres_staff()
    {
        await world.SendAsync(Booking(Thursday, new TimeOnly(9, 0)));
        var own = await world.Accounts.StaffAsync("own-head-" + Guid.NewGuid().ToString("N")[..6], CnapRoles.CentreHead, (MembershipKind.Centre, world.CentreId));
        var other = await world.Accounts.StaffAsync("other-head-" + Guid.NewGuid().ToString("N")[..6], CnapRoles.CentreHead, (MembershipKind.Centre, world.OtherCentreId));
        var path = $"/api/queue/centres/{world.CentreId}/bookings?date=2026-02-05";

        var ownAnswer = await world.Accounts.ApiClient(own).GetAsync(path);
        var otherAnswer = await world.Accounts.ApiClient(other).GetAsync(path);
        var anonymous = await world.Host.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, ownAnswer.StatusCode);
        var lines = await ownAnswer.Content.ReadFromJsonAsync<List<AppointmentLine>>(System.Text.Json.JsonSerializerOptions.Web);
        Assert.NotEmpty(lines!);
        Assert.DoesNotContain(lines!, l => l.Phone.Contains("1234", StringComparison.Ordinal) && l.Phone.StartsWith("+380", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, otherAnswer.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_priority_ticket_is_called_before_older_ordinary_ones_and_only_by_a_window_of_its_group()
    {
        var admin = QueueWorld.Staff("admin-" + Guid.NewGuid().ToString("N")[..6], CnapRoles.Administrator, world.OtherCentreId);
        var otherHead = QueueWorld.Staff("head-2", CnapRoles.CentreHead, world.OtherCentreId);
        var emptyGroup = await world.SendAsync(new SaveServiceGroup(otherHead, world.OtherCentreId, null, "Б", "Інші послуги", []));
        var window = await world.SendAsync(new SaveCounter(otherHead, world.OtherCentreId, null, "Вікно 1", [world.OtherGroupId]));
        var idle = await world.SendAsync(new SaveCounter(otherHead, world.OtherCentreId, null, "Вікно 2", [emptyGroup]));
        await world.SendAsync(new StaffCounter(admin, window, admin.UserId, admin.Name));
        await world.SendAsync(new StaffCounter(admin, idle, admin.UserId, admin.Name));

        var ordinary1 = await world.SendAsync(new IssueTicket(world.OtherCentreId, world.OtherGroupId, null, Priority.None));
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var ordinary2 = await world.SendAsync(new IssueTicket(world.OtherCentreId, world.OtherGroupId, null, Priority.None));
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var priority = await world.SendAsync(new IssueTicket(world.OtherCentreId, world.OtherGroupId, null, Priority.Veteran));

        world.Clock.SetUtcNow(QueueWorld.MondayMorning);
        Assert.Null(await world.SendAsync(new CallNext(admin, idle)));
        var first = await world.SendAsync(new CallNext(admin, window));
        await world.SendAsync(new ActOnTicket(admin, first!.Id, TicketAction.Finish));
        var second = await world.SendAsync(new CallNext(admin, window));

        Assert.Equal(priority.Label, first.Label);
        Assert.Equal(ordinary1.Label, second!.Label);
        Assert.Equal(1, ordinary2.Ahead);
        Assert.StartsWith("А-", ordinary1.Label);
    }

    [Fact]
    public async Task A_booking_checked_in_at_the_kiosk_is_called_when_its_slot_is_due_before_walk_ins()
    {
        var admin = QueueWorld.Staff("admin-b-" + Guid.NewGuid().ToString("N")[..6], CnapRoles.Administrator, world.CentreId);
        var window = await world.SendAsync(new SaveCounter(world.Head, world.CentreId, null, "Вікно " + Guid.NewGuid().ToString("N")[..4], [world.GroupId]));
        await world.SendAsync(new StaffCounter(admin, window, admin.UserId, admin.Name));
        var booking = await world.SendAsync(Booking(new DateOnly(2026, 2, 2), new TimeOnly(10, 30)));
        var walkIn = await world.SendAsync(new IssueTicket(world.CentreId, world.GroupId, null, Priority.Pregnancy));
        var checkedIn = await world.SendAsync(new IssueTicket(world.CentreId, null, booking.Code.ToLowerInvariant(), Priority.None));

        var early = await world.SendAsync(new CallNext(admin, window));
        await world.SendAsync(new ActOnTicket(admin, early!.Id, TicketAction.Finish));
        world.Clock.Advance(TimeSpan.FromMinutes(28));
        try
        {
            var another = await world.SendAsync(new IssueTicket(world.CentreId, world.GroupId, null, Priority.Disability));
            var due = await world.SendAsync(new CallNext(admin, window));

            Assert.Equal(walkIn.Label, early.Label);
            Assert.Equal(checkedIn.Label, due!.Label);
            Assert.True(due.Booked);
            Assert.NotEqual(another.Label, due.Label);
            var refusal = await Assert.ThrowsAsync<QueueRefusal>(() => world.SendAsync(new IssueTicket(world.CentreId, null, booking.Code, Priority.None)));
            Assert.Equal(RefusalReason.AlreadyCancelled, refusal.Reason);
        }
        finally
        {
            world.Clock.SetUtcNow(QueueWorld.MondayMorning);
        }
    }

    [Fact]
    public async Task Two_windows_calling_at_once_never_get_the_same_ticket()
    {
        var head = world.Head;
        var group = await world.SendAsync(new SaveServiceGroup(head, world.CentreId, null, "Ж", "Паралельна група", []));
        var admins = Enumerable.Range(0, 6).Select(i => QueueWorld.Staff($"par-{i}-{Guid.NewGuid():N}"[..12], CnapRoles.Administrator, world.CentreId)).ToList();
        var windows = new List<Guid>();
        foreach (var admin in admins)
        {
            var id = await world.SendAsync(new SaveCounter(head, world.CentreId, null, "П" + Guid.NewGuid().ToString("N")[..6], [group]));
            await world.SendAsync(new StaffCounter(admin, id, admin.UserId, admin.Name));
            windows.Add(id);
        }
        for (var i = 0; i < 4; i++)
            await world.SendAsync(new IssueTicket(world.CentreId, group, null, Priority.None));

        var calls = await Task.WhenAll(admins.Select((admin, i) => world.SendAsync(new CallNext(admin, windows[i]))));

        var called = calls.OfType<CalledTicket>().Select(c => c.Label).ToList();
        Assert.Equal(4, called.Count);
        Assert.Equal(4, called.Distinct().Count());
    }
}
