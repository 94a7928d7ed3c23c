using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cnap.Host.Scheduling.Schema;

// Hand-written and kept out of Data/Migrations, which scripts/migrations.sh --reset regenerates: these migrations hold
// no model, only Quartz's tables. A Quartz upgrade that changes its schema needs a new migration next to these.

[DbContext(typeof(PostgresCnapDbContext))]
[Migration("20261122000000_QuartzSchema")]
public sealed class PostgresQuartzSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in QuartzSchema.Statements(postgres: true))
            migrationBuilder.Sql(statement);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => QuartzSchemaDrop.Drop(migrationBuilder);
}

[DbContext(typeof(SqliteCnapDbContext))]
[Migration("20261122000000_QuartzSchema")]
public sealed class SqliteQuartzSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in QuartzSchema.Statements(postgres: false))
            migrationBuilder.Sql(statement);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => QuartzSchemaDrop.Drop(migrationBuilder);
}

internal static class QuartzSchemaDrop
{
    // Children first: the trigger tables refer to qrtz_triggers, which refers to qrtz_job_details.
    private static readonly string[] Tables =
    [
        "simple_triggers", "cron_triggers", "simprop_triggers", "blob_triggers", "fired_triggers", "paused_trigger_grps",
        "paused_job_grps", "scheduler_state", "locks", "calendars", "execution_history", "misfire_history", "job_status",
        "triggers", "job_details",
    ];

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {QuartzSchema.TablePrefix}{table}");
    }
}
