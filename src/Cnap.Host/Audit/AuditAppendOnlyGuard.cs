using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Audit;

/// <summary>
/// Makes the database itself refuse UPDATE, DELETE (and on PostgreSQL TRUNCATE) of audit rows, whoever asks: a trigger
/// that raises. Created at start-up when missing, so a production role without DDL rights finds it already there.
/// For a database role that should not even try, grant it only SELECT and INSERT on the table (docs/demo-logins.md).
/// </summary>
internal sealed class AuditAppendOnlyGuard : IStartupSeeder
{
    public int Order => int.MinValue;

    public bool IsDemoData => false;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var present = await db.Database.SqlQueryRaw<int>(
                "SELECT count(*)::int AS \"Value\" FROM pg_trigger WHERE tgrelid = 'audit_entries'::regclass AND tgname IN ('audit_entries_append_only', 'audit_entries_no_truncate')")
                .SingleAsync(cancellationToken);
            if (present < 2)
                await db.Database.ExecuteSqlRawAsync(PostgresSql, cancellationToken);
        }
        else if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(SqliteSql, cancellationToken);
        }
    }

    private const string PostgresSql = """
        CREATE OR REPLACE FUNCTION cnap_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE OR REPLACE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
            FOR EACH ROW EXECUTE FUNCTION cnap_audit_append_only();
        CREATE OR REPLACE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
            FOR EACH STATEMENT EXECUTE FUNCTION cnap_audit_append_only();
        """;

    private const string SqliteSql = """
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only: UPDATE refused'); END;
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only: DELETE refused'); END;
        """;
}
