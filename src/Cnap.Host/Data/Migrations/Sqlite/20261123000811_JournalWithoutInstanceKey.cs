using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cnap.Host.Data.Migrations.Sqlite
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
