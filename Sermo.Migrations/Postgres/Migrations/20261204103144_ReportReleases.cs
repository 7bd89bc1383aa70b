using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sermo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReportReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportReleases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CutOffAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Trigger = table.Column<int>(type: "integer", nullable: false),
                    CellCount = table.Column<int>(type: "integer", nullable: false),
                    SuppressedCellCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportReleases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportCells",
                columns: table => new
                {
                    ReleaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodKind = table.Column<int>(type: "integer", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Dimension = table.Column<int>(type: "integer", nullable: false),
                    Breakdown = table.Column<int>(type: "integer", nullable: false),
                    BreakdownCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Suppressed = table.Column<bool>(type: "boolean", nullable: false),
                    Raters = table.Column<int>(type: "integer", nullable: true),
                    Mean = table.Column<double>(type: "double precision", nullable: true),
                    Score1 = table.Column<int>(type: "integer", nullable: true),
                    Score2 = table.Column<int>(type: "integer", nullable: true),
                    Score3 = table.Column<int>(type: "integer", nullable: true),
                    Score4 = table.Column<int>(type: "integer", nullable: true),
                    Score5 = table.Column<int>(type: "integer", nullable: true),
                    RankInClass = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportCells", x => new { x.ReleaseId, x.Scope, x.SubjectId, x.IndicationId, x.PeriodKind, x.PeriodStart, x.Dimension, x.Breakdown, x.BreakdownCode });
                    table.ForeignKey(
                        name: "FK_ReportCells_ReportReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "ReportReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCells_ReleaseId_PeriodKind_PeriodStart_Scope_Indicati~",
                table: "ReportCells",
                columns: new[] { "ReleaseId", "PeriodKind", "PeriodStart", "Scope", "IndicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportReleases_CutOffAt_PublishedAt",
                table: "ReportReleases",
                columns: new[] { "CutOffAt", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportCells");

            migrationBuilder.DropTable(
                name: "ReportReleases");
        }
    }
}
