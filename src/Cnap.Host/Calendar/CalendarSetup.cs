using Cnap.Domain.Calendar;
using Cnap.Host.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cnap.Host.Calendar;

public static class CalendarSetup
{
    public static void AddCnapCalendar(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CalendarOptions>()
            .Bind(builder.Configuration.GetSection(CalendarOptions.Section))
            .Validate(o => UkraineTimeZone.TryFind(o.TimeZone, out _),
                $"{CalendarOptions.Section}:TimeZone is not a time zone known to this machine.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IWorkingCalendarSource, WorkingCalendarSource>();
        builder.Services.AddSingleton<IStartupSeeder, CalendarSeeder>();
    }

    public static void MapCnapCalendar(this WebApplication app) => app.MapCalendarApi();
}
