using Microsoft.EntityFrameworkCore.Migrations;
using Sermo.Domain.Persistence;

#nullable disable

namespace Sermo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditTrailDeleteGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the audit trail's delete guards (Sermo.Domain/Persistence/AuditTrailTriggers.cs).
            AuditTrailTriggers.CreateDeleteGuards(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AuditTrailTriggers.DropDeleteGuards(migrationBuilder);
        }
    }
}
