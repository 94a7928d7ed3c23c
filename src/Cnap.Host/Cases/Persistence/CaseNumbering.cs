using Cnap.Domain.Cases;
using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Persistence;

/// <summary>
/// Gives out journal numbers per centre per year without gaps or duplicates: one atomic upsert inside the
/// registering transaction. Concurrent registrations at one centre wait on the counter row (PostgreSQL row lock,
/// SQLite's single writer); a rolled-back registration rolls its number back, so the journal has no holes.
/// </summary>
public static class CaseNumbering
{
    private const string NextSql = """
        INSERT INTO "JournalCounters" ("CentreCode", "Year", "LastSequence") VALUES ({0}, {1}, 1)
        ON CONFLICT ("CentreCode", "Year") DO UPDATE SET "LastSequence" = "JournalCounters"."LastSequence" + 1
        RETURNING "LastSequence" AS "Value"
        """;

    public static async Task<JournalNumber> NextAsync(this CnapDbContext db, ServiceCentre centre, DateTimeOffset registeredAt, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A journal number is taken inside the transaction that stores the case, or the journal gets holes.");
        var year = UkraineTime.LocalDate(registeredAt).Year;
        var sequence = await db.Database.SqlQueryRaw<int>(NextSql, centre.Code, year).ToListAsync(cancellationToken);
        return new JournalNumber(centre.Code, year, sequence.Single());
    }
}
