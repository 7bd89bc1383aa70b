namespace Sermo.Api.Data;

public enum DatabaseProvider
{
    /// <summary>Embedded, needs no set-up: the default.</summary>
    Sqlite,
    Postgres,
    /// <summary>The production target; only in builds made with <c>-p:SermoSqlServer=true</c>.</summary>
    SqlServer,
}
