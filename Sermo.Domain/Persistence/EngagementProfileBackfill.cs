using Microsoft.EntityFrameworkCore.Migrations;

namespace Sermo.Domain.Persistence;

/// <summary>
/// Fills the specialty and country of follows and views recorded before they were kept on the row, from the member's
/// profile of the day the migration runs (the best there is for old rows). Standard SQL with double-quoted names runs
/// unchanged on SQLite, PostgreSQL and SQL Server; the migration that adds the columns calls <see cref="Apply"/>, so a
/// regenerated migration only needs that call back.
/// </summary>
public static class EngagementProfileBackfill
{
    public static void Apply(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "PageFollows", "PageViews" })
        {
            string FromProfile(string column) =>
                $"(SELECT p.\"{column}\" FROM \"Physicians\" p WHERE p.\"Id\" = \"{table}\".\"PhysicianId\")";
            migrationBuilder.Sql(
                $"UPDATE \"{table}\" SET \"SpecialtyCode\" = {FromProfile("SpecialtyCode")}, \"CountryCode\" = {FromProfile("CountryCode")}");
        }
    }
}
