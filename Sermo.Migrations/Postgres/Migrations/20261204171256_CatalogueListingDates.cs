using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sermo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueListingDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AddedAt",
                table: "DrugIndications",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "AddedAt",
                table: "DrugClassMemberships",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AddedAt",
                table: "DrugIndications");

            migrationBuilder.DropColumn(
                name: "AddedAt",
                table: "DrugClassMemberships");
        }
    }
}
