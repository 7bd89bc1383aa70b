using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sermo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CaseFeedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cases_PostedAt_Id",
                table: "Cases",
                columns: new[] { "PostedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_PostedAt_Id",
                table: "Cases");
        }
    }
}
