using Cnap.Domain.Calendar;
using Cnap.Host.Calendar.Persistence;
using Cnap.Host.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Cnap.Host.Calendar;

public static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        // Public information (days off and transferred working days by law and by an organisation's own rules): the
        // Portal and integrators read it without signing in, whatever the access switch says.
        var group = app.MapGroup("/api/calendar").WithTags("Calendar").AllowAnonymous();
        group.MapGet("/{year}", GetYearAsync)
            .WithName("GetCalendarYear")
            .WithSummary("Days off and transferred days of a year, with reasons and the regimes in force")
            .WithDescription("Without `organisation` the national calendar; with it, that organisation's calendar on top of the national base.");
        return group;
    }

    internal static async Task<Results<Ok<CalendarYearResponse>, ProblemHttpResult>> GetYearAsync(
        string year, string? organisation, CnapDbContext db, IStringLocalizer<CalendarText> text, CancellationToken cancellationToken)
    {
        if (!int.TryParse(year, out var number) || number is < 1 or > 9999)
            return Invalid(text, text["YearInvalid", year]);
        if (organisation?.Trim().Length > OrganisationCalendar.MaxIdLength)
            return Invalid(text, text["OrganisationTooLong", OrganisationCalendar.MaxIdLength]);

        var rules = await CalendarRulesQuery.LoadAsync(db, organisation, allOrganisations: false, cancellationToken);
        var calendar = WorkingCalendar.Create(rules, organisation);
        try
        {
            return TypedResults.Ok(calendar.DescribeYear(number).ToResponse());
        }
        catch (CalendarDataMissingException e)
        {
            var scope = e.OrganisationId is null ? text["NationalScope"] : text["OrganisationScope", e.OrganisationId];
            return TypedResults.Problem(
                title: text["YearMissingTitle"],
                detail: text["YearMissingDetail", e.Year, scope],
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["year"] = e.Year, ["organisation"] = e.OrganisationId });
        }
    }

    private static ProblemHttpResult Invalid(IStringLocalizer<CalendarText> text, string detail) =>
        TypedResults.Problem(title: text["InvalidRequestTitle"], detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
