using Microsoft.EntityFrameworkCore.Migrations;
using Sermo.Domain.Persistence;

#nullable disable

namespace Sermo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PageImagesAndAuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PageRevisions_CoverImageId",
                table: "PageRevisions",
                column: "CoverImageId");

            migrationBuilder.CreateIndex(
                name: "IX_PageRevisions_LogoImageId",
                table: "PageRevisions",
                column: "LogoImageId");

            migrationBuilder.CreateIndex(
                name: "IX_PagePosts_ImageId",
                table: "PagePosts",
                column: "ImageId");

            // Hand-written: the audit trail's triggers (Sermo.Domain/Persistence/AuditTrailTriggers.cs).
            AuditTrailTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AuditTrailTriggers.Drop(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_PageRevisions_CoverImageId",
                table: "PageRevisions");

            migrationBuilder.DropIndex(
                name: "IX_PageRevisions_LogoImageId",
                table: "PageRevisions");

            migrationBuilder.DropIndex(
                name: "IX_PagePosts_ImageId",
                table: "PagePosts");
        }
    }
}
