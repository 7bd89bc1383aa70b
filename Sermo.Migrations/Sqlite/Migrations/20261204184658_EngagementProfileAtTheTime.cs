using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sermo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EngagementProfileAtTheTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CountryCode",
                table: "PageViews",
                type: "TEXT",
                fixedLength: true,
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SpecialtyCode",
                table: "PageViews",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CountryCode",
                table: "PageFollows",
                type: "TEXT",
                fixedLength: true,
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SpecialtyCode",
                table: "PageFollows",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            Sermo.Domain.Persistence.EngagementProfileBackfill.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CountryCode",
                table: "PageViews");

            migrationBuilder.DropColumn(
                name: "SpecialtyCode",
                table: "PageViews");

            migrationBuilder.DropColumn(
                name: "CountryCode",
                table: "PageFollows");

            migrationBuilder.DropColumn(
                name: "SpecialtyCode",
                table: "PageFollows");
        }
    }
}
