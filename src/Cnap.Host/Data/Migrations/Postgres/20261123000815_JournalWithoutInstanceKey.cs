using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cnap.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JournalWithoutInstanceKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_wf_journal_wf_instances_instance_id",
                table: "wf_journal");

            migrationBuilder.AlterColumn<string>(
                name: "instance_id",
                table: "wf_journal",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "instance_id",
                table: "wf_journal",
                type: "character varying(64)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddForeignKey(
                name: "FK_wf_journal_wf_instances_instance_id",
                table: "wf_journal",
                column: "instance_id",
                principalTable: "wf_instances",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
