using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cnap.Host.Queue.Persistence;

/// <summary>A save refused by a unique key (someone took the seat or the number first), as opposed to any other failure.</summary>
internal static class UniqueKey
{
    public static bool Violated(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException e => e.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException e => e.SqliteErrorCode == 19 && e.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
