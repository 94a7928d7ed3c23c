using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cnap.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarHolidayRules",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NameUk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateRule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Day = table.Column<int>(type: "INTEGER", nullable: true),
                    EasterOffsetDays = table.Column<int>(type: "INTEGER", nullable: true),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarHolidayRules", x => new { x.Code, x.EffectiveFrom });
                });

            migrationBuilder.CreateTable(
                name: "CalendarOrganisations",
                columns: table => new
                {
                    OrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameUk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarOrganisations", x => x.OrganisationId);
                });

            migrationBuilder.CreateTable(
                name: "CalendarRegimes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NameUk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NoteUk = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    NoteEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    HolidaysAreWorkingDays = table.Column<bool>(type: "INTEGER", nullable: false),
                    SuspendsWeekendTransfer = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarRegimes", x => new { x.Code, x.EffectiveFrom });
                });

            migrationBuilder.CreateTable(
                name: "CalendarSilentConsentRules",
                columns: table => new
                {
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkingDaysAfterDeadline = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarSilentConsentRules", x => x.EffectiveFrom);
                });

            migrationBuilder.CreateTable(
                name: "CalendarTermCountingRules",
                columns: table => new
                {
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkingDaysBelow = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarTermCountingRules", x => x.EffectiveFrom);
                });

            migrationBuilder.CreateTable(
                name: "CalendarWeekendTransferRules",
                columns: table => new
                {
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarWeekendTransferRules", x => x.EffectiveFrom);
                });

            migrationBuilder.CreateTable(
                name: "CalendarYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDayOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReasonUk = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReasonEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDayOverrides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarDayOverrides_CalendarOrganisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "CalendarOrganisations",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalendarWorkWeeks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkingDays = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarWorkWeeks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarWorkWeeks_CalendarOrganisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "CalendarOrganisations",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDayOverrides_OrganisationId_Date",
                table: "CalendarDayOverrides",
                columns: new[] { "OrganisationId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarWorkWeeks_OrganisationId_EffectiveFrom",
                table: "CalendarWorkWeeks",
                columns: new[] { "OrganisationId", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarDayOverrides");

            migrationBuilder.DropTable(
                name: "CalendarHolidayRules");

            migrationBuilder.DropTable(
                name: "CalendarRegimes");

            migrationBuilder.DropTable(
                name: "CalendarSilentConsentRules");

            migrationBuilder.DropTable(
                name: "CalendarTermCountingRules");

            migrationBuilder.DropTable(
                name: "CalendarWeekendTransferRules");

            migrationBuilder.DropTable(
                name: "CalendarWorkWeeks");

            migrationBuilder.DropTable(
                name: "CalendarYears");

            migrationBuilder.DropTable(
                name: "CalendarOrganisations");
        }
    }
}
