using System.Security.Claims;
using Cnap.Host.Access;
using Cnap.Host.Queue.Board;
using Cnap.Host.Queue.Booking;
using Cnap.Host.Queue.Counters;
using Cnap.Host.Queue.Display;
using Cnap.Host.Queue.Tickets;
using Cnap.Host.RateLimiting;
using Mediator;

namespace Cnap.Host.Queue;

/// <summary>
/// The queue under <c>/api/queue</c> for kiosks, call centres and mobile apps: the same commands the pages send.
/// Booking, tickets and the display are public; windows, lists and the board are for the centre's staff.
/// </summary>
public static class QueueApi
{
    public static void MapQueueApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/queue").WithTags("Queue").AddEndpointFilter(QueueProblems.Filter).AllowAnonymous();
        open.MapGet("/services", (IMediator m, CancellationToken ct) => m.Send(new ListBookableServices(), ct)).WithSummary("Services some centre books visits for");
        open.MapGet("/services/{serviceId:guid}/centres", (Guid serviceId, IMediator m, CancellationToken ct) => m.Send(new ListBookingCentres(serviceId), ct))
            .WithSummary("Centres booking a service, each with its first free date");
        open.MapGet("/centres/{centreId:guid}/calendar", (Guid centreId, Guid service, IMediator m, CancellationToken ct) =>
            m.Send(new GetBookingCalendar(centreId, service), ct)).WithSummary("Days, slots and free seats of a service at a centre");
        open.MapPost("/bookings", BookAsync).WithSummary("Book a seat (staff booking for a caller are recorded as such)").RequireRateLimiting(RateLimits.Submission);
        open.MapGet("/bookings/{token}", async (string token, IMediator m, CancellationToken ct) =>
            await m.Send(new GetAppointment(token), ct) is { } view ? Results.Ok(view) : Results.NotFound()).WithSummary("A booking by its link token");
        open.MapDelete("/bookings/{token}", async (string token, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new CancelAppointment(token), ct);
            return Results.NoContent();
        }).WithSummary("Cancel a booking by its link token");
        open.MapPost("/centres/{centreId:guid}/tickets", (Guid centreId, TicketRequest body, IMediator m, CancellationToken ct) =>
            m.Send(new IssueTicket(centreId, body.GroupId, body.BookingCode, body.Priority ?? Priority.None), ct)).WithSummary("A ticket from a kiosk");
        open.MapGet("/display/{centreCode}", async (string centreCode, IMediator m, CancellationToken ct) =>
            await m.Send(new GetDisplay(centreCode), ct) is { } board ? Results.Ok(board) : Results.NotFound()).WithSummary("The hall display's calls");

        var staff = app.MapGroup("/api/queue").WithTags("Queue").AddEndpointFilter(QueueProblems.Filter)
            .RequireAuthorization(CnapPolicies.CentreStaff).RequireScope(ApiScopes.AppointmentsWrite);
        staff.MapGet("/centres/{centreId:guid}/bookings", (Guid centreId, DateOnly date, ClaimsPrincipal user, IMediator m, CancellationToken ct) =>
            m.Send(new ListAppointments(Caller.From(user), centreId, date), ct)).WithSummary("A centre's bookings of a day (phones masked)");
        staff.MapGet("/centres/{centreId:guid}/board", (Guid centreId, ClaimsPrincipal user, IMediator m, CancellationToken ct) =>
            m.Send(new GetQueueBoard(Caller.From(user), centreId), ct)).WithSummary("Live board and 30-day statistics of a centre");
        staff.MapPost("/counters/{counterId:guid}/call", (Guid counterId, ClaimsPrincipal user, IMediator m, CancellationToken ct) =>
            m.Send(new CallNext(Caller.From(user), counterId), ct)).WithSummary("Call the next ticket to this window");
        staff.MapPost("/tickets/{ticketId:guid}/{action}", async (Guid ticketId, TicketAction action, ClaimsPrincipal user, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new ActOnTicket(Caller.From(user), ticketId, action), ct);
            return Results.NoContent();
        }).WithSummary("Recall, NoShow or Finish a called ticket");
    }

    private static async Task<IResult> BookAsync(BookingRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct)
    {
        var caller = Caller.From(user);
        var booked = await mediator.Send(new BookAppointment(body.CentreId, body.ServiceId, body.Date, body.Time, body.Phone ?? "", body.Name ?? "",
            caller.IsStaff ? caller.UserId : null), ct);
        return Results.Created($"/api/queue/bookings/{booked.ManageToken}", booked);
    }

    public sealed record BookingRequest(Guid CentreId, Guid ServiceId, DateOnly Date, TimeOnly Time, string? Phone, string? Name);

    public sealed record TicketRequest(Guid? GroupId, string? BookingCode, Priority? Priority);
}
