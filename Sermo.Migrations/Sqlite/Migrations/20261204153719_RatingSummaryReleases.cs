using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sermo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RatingSummaryReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RatingSummaryReleases",
                columns: table => new
                {
                    DrugId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Releases = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingSummaryReleases", x => new { x.DrugId, x.IndicationId });
                    table.ForeignKey(
                        name: "FK_RatingSummaryReleases_Drugs_DrugId",
                        column: x => x.DrugId,
                        principalTable: "Drugs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RatingSummaryReleases_Indications_IndicationId",
                        column: x => x.IndicationId,
                        principalTable: "Indications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RatingSummaryPendingRaters",
                columns: table => new
                {
                    DrugId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhysicianId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingSummaryPendingRaters", x => new { x.DrugId, x.IndicationId, x.PhysicianId });
                    table.ForeignKey(
                        name: "FK_RatingSummaryPendingRaters_Physicians_PhysicianId",
                        column: x => x.PhysicianId,
                        principalTable: "Physicians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RatingSummaryPendingRaters_RatingSummaryReleases_DrugId_IndicationId",
                        columns: x => new { x.DrugId, x.IndicationId },
                        principalTable: "RatingSummaryReleases",
                        principalColumns: new[] { "DrugId", "IndicationId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RatingSummaryReleasedScores",
                columns: table => new
                {
                    DrugId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingSummaryReleasedScores", x => new { x.DrugId, x.IndicationId, x.Dimension, x.Score });
                    table.ForeignKey(
                        name: "FK_RatingSummaryReleasedScores_RatingSummaryReleases_DrugId_IndicationId",
                        columns: x => new { x.DrugId, x.IndicationId },
                        principalTable: "RatingSummaryReleases",
                        principalColumns: new[] { "DrugId", "IndicationId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RatingSummaryPendingRaters_PhysicianId",
                table: "RatingSummaryPendingRaters",
                column: "PhysicianId");

            migrationBuilder.CreateIndex(
                name: "IX_RatingSummaryReleases_IndicationId",
                table: "RatingSummaryReleases",
                column: "IndicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RatingSummaryPendingRaters");

            migrationBuilder.DropTable(
                name: "RatingSummaryReleasedScores");

            migrationBuilder.DropTable(
                name: "RatingSummaryReleases");
        }
    }
}
