using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cnap.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QueueInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "queue_closed_days",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_closed_days", x => x.Id);
                    table.ForeignKey(
                        name: "FK_queue_closed_days_ServiceCentres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "ServiceCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "queue_counters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroupIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    StaffUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StaffedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_counters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_queue_counters_ServiceCentres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "ServiceCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "queue_service_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Letter = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ServiceIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_service_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_queue_service_groups_ServiceCentres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "ServiceCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "queue_appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceGroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Seat = table.Column<int>(type: "integer", nullable: true),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ManageToken = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BookedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReminderQueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_queue_appointments_ServiceCentres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "ServiceCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_queue_appointments_queue_service_groups_ServiceGroupId",
                        column: x => x.ServiceGroupId,
                        principalTable: "queue_service_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "queue_booking_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceGroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Opens = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Closes = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    BreakFrom = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    BreakTo = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    SlotMinutes = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    WalkInReserve = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_booking_rules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_queue_booking_rules_queue_service_groups_ServiceGroupId",
                        column: x => x.ServiceGroupId,
                        principalTable: "queue_service_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "queue_tickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceGroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedGroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Letter = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Priority = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TargetCounterId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequeuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FirstCalledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CalledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Calls = table.Column<int>(type: "integer", nullable: false),
                    CounterId = table.Column<Guid>(type: "uuid", nullable: true),
                    CounterName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ServedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_tickets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_queue_tickets_ServiceCentres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "ServiceCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_queue_tickets_queue_service_groups_IssuedGroupId",
                        column: x => x.IssuedGroupId,
                        principalTable: "queue_service_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_queue_appointments_CentreId_Date",
                table: "queue_appointments",
                columns: new[] { "CentreId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_appointments_Code",
                table: "queue_appointments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_appointments_ManageToken",
                table: "queue_appointments",
                column: "ManageToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_appointments_ServiceGroupId_Date_Start_Seat",
                table: "queue_appointments",
                columns: new[] { "ServiceGroupId", "Date", "Start", "Seat" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_booking_rules_ServiceGroupId_Day",
                table: "queue_booking_rules",
                columns: new[] { "ServiceGroupId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_closed_days_CentreId_Date",
                table: "queue_closed_days",
                columns: new[] { "CentreId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_counters_CentreId_Name",
                table: "queue_counters",
                columns: new[] { "CentreId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_service_groups_CentreId_Letter",
                table: "queue_service_groups",
                columns: new[] { "CentreId", "Letter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_AppointmentId",
                table: "queue_tickets",
                column: "AppointmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_CentreId_Day_Status",
                table: "queue_tickets",
                columns: new[] { "CentreId", "Day", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_IssuedGroupId_Day_Number",
                table: "queue_tickets",
                columns: new[] { "IssuedGroupId", "Day", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "queue_appointments");

            migrationBuilder.DropTable(
                name: "queue_booking_rules");

            migrationBuilder.DropTable(
                name: "queue_closed_days");

            migrationBuilder.DropTable(
                name: "queue_counters");

            migrationBuilder.DropTable(
                name: "queue_tickets");

            migrationBuilder.DropTable(
                name: "queue_service_groups");
        }
    }
}
