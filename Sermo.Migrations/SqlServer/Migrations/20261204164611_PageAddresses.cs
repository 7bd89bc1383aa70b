using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sermo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PageAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Pages_Slug",
                table: "Pages");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_OrganisationId_Slug",
                table: "Pages",
                columns: new[] { "OrganisationId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UX_Pages_LiveSlug",
                table: "Pages",
                column: "Slug",
                unique: true,
                filter: "[LiveRevision] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Pages_OrganisationId_Slug",
                table: "Pages");

            migrationBuilder.DropIndex(
                name: "UX_Pages_LiveSlug",
                table: "Pages");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_Slug",
                table: "Pages",
                column: "Slug",
                unique: true);
        }
    }
}
