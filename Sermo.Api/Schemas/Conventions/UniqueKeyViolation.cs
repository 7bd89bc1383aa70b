using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>Tells a save refused by a primary key or unique index from other failures, on every provider. Where a
/// key is the final word on a rule (one vote per member), two simultaneous requests both pass the domain's check on
/// what they loaded, and the database refuses the second: the command maps that refusal to the rule's own code.</summary>
public static class UniqueKeyViolation
{
    private const int SqliteConstraint = 19;
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;
    private const string PostgresUniqueViolation = "23505";
    private const int SqlServerPrimaryKey = 2627;
    private const int SqlServerUniqueIndex = 2601;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique,
        SqlException sqlServer => sqlServer.Number is SqlServerPrimaryKey or SqlServerUniqueIndex,
        DbException other => other.SqlState == PostgresUniqueViolation,
        _ => false,
    };
}
