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
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VerifiedTaxNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DisabledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Chain = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResourceKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

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
                name: "wf_definitions",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    is_latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_published = table.Column<bool>(type: "INTEGER", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_definitions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_instances",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", nullable: false),
                    definition_version_id = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    correlation_id = table.Column<string>(type: "TEXT", nullable: true),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_stimuli",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    hash = table.Column<string>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: true),
                    input = table.Column<string>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    dead_lettered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_stimuli", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_triggers",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", nullable: false),
                    definition_version_id = table.Column<string>(type: "TEXT", nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_triggers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_api_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_api_keys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_api_keys_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_memberships",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_memberships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "wf_bookmarks",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: true),
                    callback = table.Column<string>(type: "TEXT", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: true),
                    claimed_until = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_bookmarks", x => x.id);
                    table.ForeignKey(
                        name: "FK_wf_bookmarks_wf_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "wf_instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_incidents",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", nullable: false),
                    activity_type = table.Column<string>(type: "TEXT", nullable: false),
                    activity_name = table.Column<string>(type: "TEXT", nullable: true),
                    message = table.Column<string>(type: "TEXT", nullable: false),
                    exception = table.Column<string>(type: "TEXT", nullable: false),
                    time = table.Column<long>(type: "INTEGER", nullable: false),
                    resolved_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_incidents", x => x.id);
                    table.ForeignKey(
                        name: "FK_wf_incidents_wf_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "wf_instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_journal",
                columns: table => new
                {
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    time = table.Column<long>(type: "INTEGER", nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", nullable: true),
                    activity_type = table.Column<string>(type: "TEXT", nullable: true),
                    activity_name = table.Column<string>(type: "TEXT", nullable: true),
                    @event = table.Column<string>(name: "event", type: "TEXT", maxLength: 16, nullable: false),
                    outcomes = table.Column<string>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: true),
                    bookmark_id = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_journal", x => new { x.instance_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_wf_journal_wf_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "wf_instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PhoneNumber",
                table: "AspNetUsers",
                column: "PhoneNumber");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_VerifiedTaxNumber",
                table: "AspNetUsers",
                column: "VerifiedTaxNumber");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_CaseId_At",
                table: "audit_entries",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Chain_Sequence",
                table: "audit_entries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_identity_api_keys_Prefix",
                table: "identity_api_keys",
                column: "Prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_api_keys_UserId",
                table: "identity_api_keys",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_memberships_Kind_OrganisationId",
                table: "identity_memberships",
                columns: new[] { "Kind", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_memberships_UserId_Kind_OrganisationId",
                table: "identity_memberships",
                columns: new[] { "UserId", "Kind", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_due_at",
                table: "wf_bookmarks",
                column: "due_at");

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_hash",
                table: "wf_bookmarks",
                column: "hash");

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_instance_id",
                table: "wf_bookmarks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_wf_definitions_definition_id_is_published",
                table: "wf_definitions",
                columns: new[] { "definition_id", "is_published" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_definitions_definition_id_version",
                table: "wf_definitions",
                columns: new[] { "definition_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_incidents_instance_id",
                table: "wf_incidents",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_correlation_id",
                table: "wf_instances",
                column: "correlation_id");

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_definition_id_status",
                table: "wf_instances",
                columns: new[] { "definition_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_stimuli_next_attempt_at",
                table: "wf_stimuli",
                column: "next_attempt_at");

            migrationBuilder.CreateIndex(
                name: "IX_wf_triggers_definition_id",
                table: "wf_triggers",
                column: "definition_id");

            migrationBuilder.CreateIndex(
                name: "IX_wf_triggers_hash",
                table: "wf_triggers",
                column: "hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit_entries");

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
                name: "identity_api_keys");

            migrationBuilder.DropTable(
                name: "identity_memberships");

            migrationBuilder.DropTable(
                name: "wf_bookmarks");

            migrationBuilder.DropTable(
                name: "wf_definitions");

            migrationBuilder.DropTable(
                name: "wf_incidents");

            migrationBuilder.DropTable(
                name: "wf_journal");

            migrationBuilder.DropTable(
                name: "wf_stimuli");

            migrationBuilder.DropTable(
                name: "wf_triggers");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "CalendarOrganisations");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "wf_instances");
        }
    }
}
