namespace Sermo.Api.Data;

public enum DatabaseProvider
{
    /// <summary>Embedded, needs no set-up: the default.</summary>
    Sqlite,
    Postgres,
    /// <summary>The production target.</summary>
    SqlServer,
}
