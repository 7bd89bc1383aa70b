using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sermo.Api.Data;

/// <summary>Whether a save failed on a unique key or index, on each provider the host supports: how a command tells
/// a race the database settled (two "first" ratings, two votes) from a fault.</summary>
public static class UniqueKeyViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqlServerDuplicateKeyRow = 2601;
    private const int SqlServerDuplicateKeyConstraint = 2627;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sqlServer => sqlServer.Number is SqlServerDuplicateKeyRow or SqlServerDuplicateKeyConstraint,
        _ => false,
    };
}
