using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Data;

/// <summary>Tells a save refused by a primary key or unique index (a second vote racing the first past every check in
/// code) from other failures, on each provider the host runs: those keys are rules, and their refusal is the rule's
/// answer, not an unexpected error.</summary>
public static class UniqueKeyViolation
{
    private const int SqliteConstraint = 19;
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;
    private const int SqliteTrigger = 1811;
    private const int SqlServerUniqueConstraint = 2627;
    private const int SqlServerUniqueIndex = 2601;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && (sqlite.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique
            // The audit trail's guard against INSERT OR REPLACE refuses a taken key before the key itself does.
            || (sqlite.SqliteExtendedErrorCode == SqliteTrigger && sqlite.Message.Contains(AuditTrailTriggers.KeyTakenMessage, StringComparison.Ordinal))),
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is SqlServerUniqueConstraint or SqlServerUniqueIndex,
        _ => false,
    };
}
