using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sermo.Domain.Persistence;

/// <summary>
/// The audit trail guarded in the database itself, below the context's own check (<see cref="AuditTrail"/>), so that
/// raw SQL, <c>ExecuteUpdate</c> and <c>ExecuteDelete</c> cannot rewrite it either: triggers refuse any UPDATE or DELETE
/// of a review decision, any change to a Page revision's content or key and any DELETE of a revision, and any change
/// to a post's content once it was published (only its state, withdrawal time and concurrency version still move).
/// The migration that introduced them calls <see cref="Create"/> and <see cref="Drop"/>; the SQL lives here, in one
/// place for the three providers, so a regenerated migration only needs those two calls back. A test compares the
/// column lists below with the model, so a new column cannot slip past the guard unnoticed.
/// The migration AuditTrailDeleteGuards added the guards against taking a published post out and writing it again
/// (<see cref="CreateDeleteGuards"/>, <see cref="DropDeleteGuards"/>): each migration's set stays as it shipped, so a
/// database migrated from either point ends with the same triggers.
/// </summary>
public static class AuditTrailTriggers
{
    public const string ReviewDecisionsTable = "ReviewDecisions";
    public const string PageRevisionsTable = "PageRevisions";
    public const string PagePostsTable = "PagePosts";

    /// <summary>The PostgreSQL function every trigger calls; the message is the trigger's argument.</summary>
    private const string PostgresFunction = "sermo_refuse_audit_trail_change";

    /// <summary>What the database says when it refuses; tests and logs look for it.</summary>
    public const string RefusalPrefix = "Audit trail:";

    /// <summary>The columns of a revision that may still change (its place in the workflow); every other column is content.</summary>
    public static readonly IReadOnlyList<string> RevisionWorkflowColumns = ["State", "SubmittedAt"];

    /// <summary>A revision's content and key, frozen from the moment it is written.</summary>
    public static readonly IReadOnlyList<string> RevisionFrozenColumns =
    [
        "PageId", "Number", "Title", "Tagline", "AboutText", "CompanyInformation", "BrandName", "LogoImageId", "CoverImageId",
        "BrandColour", "AccentColour", "Kind", "ImportantSafetyInformation", "ContentHash", "CreatedAt",
        "EditorOrganisationId", "EditorAgencyId", "EditorPerson",
    ];

    /// <summary>The columns of a published post that may still change: it can be withdrawn.</summary>
    public static readonly IReadOnlyList<string> PublishedPostWorkflowColumns = ["State", "WithdrawnAt", ConcurrencyVersion.PropertyName];

    /// <summary>A post's content and key, frozen once it was published (<c>PublishedAt</c> is set).</summary>
    public static readonly IReadOnlyList<string> PublishedPostFrozenColumns =
    [
        "Id", "PageId", "Revision", "Body", "ImageId", "Kind", "BrandName", "ImportantSafetyInformation", "ContentHash",
        "EditorOrganisationId", "EditorAgencyId", "EditorPerson", "CreatedAt", "SubmittedAt", "PublishedAt",
    ];

    private const string DecisionChanged = RefusalPrefix + " a review decision cannot be changed.";
    private const string DecisionDeleted = RefusalPrefix + " a review decision cannot be deleted.";
    private const string RevisionChanged = RefusalPrefix + " a Page revision's content cannot be changed; a change is a new revision.";
    private const string RevisionDeleted = RefusalPrefix + " a Page revision cannot be deleted.";
    private const string PostChanged = RefusalPrefix + " a published post's content cannot be changed; it can only be withdrawn.";
    private const string PostDeleted = RefusalPrefix + " a published post cannot be deleted; it can only be withdrawn.";

    /// <summary>What SQLite says when an INSERT names the key (or rowid) of a guarded row: the row exists, so a plain INSERT
    /// would fail on the key anyway, and an INSERT OR REPLACE would delete it without firing a DELETE trigger (SQLite
    /// fires them on REPLACE only with recursive triggers on). <c>UniqueKeyViolation</c> reads this as the key refusal it
    /// stands in for.</summary>
    public const string KeyTakenMessage = RefusalPrefix + " a row with this key exists and cannot be replaced.";

    private enum Provider { Sqlite, Postgres, SqlServer }

    /// <summary>One trigger: its name, table, event, the condition on OLD/NEW rows (null: always) and its message.</summary>
    private sealed record Guard(string Name, string Table, string Event, Func<Provider, string>? When, string Message);

    private static readonly Guard[] Guards =
    [
        new("ReviewDecisions_NoUpdate", ReviewDecisionsTable, "UPDATE", null, DecisionChanged),
        new("ReviewDecisions_NoDelete", ReviewDecisionsTable, "DELETE", null, DecisionDeleted),
        new("PageRevisions_NoContentUpdate", PageRevisionsTable, "UPDATE", p => Changed(p, RevisionFrozenColumns), RevisionChanged),
        new("PageRevisions_NoDelete", PageRevisionsTable, "DELETE", null, RevisionDeleted),
        new("PagePosts_NoPublishedContentUpdate", PagePostsTable, "UPDATE",
            p => $"{Old(p, "PublishedAt")} IS NOT NULL AND ({Changed(p, PublishedPostFrozenColumns)})", PostChanged),
    ];

    /// <summary>The guards of the migration AuditTrailDeleteGuards: a published post cannot be deleted (and then written
    /// again as something else); decisions and revisions already refuse every DELETE.</summary>
    private static readonly Guard[] DeleteGuards =
    [
        new("PagePosts_NoPublishedDelete", PagePostsTable, "DELETE", p => $"{Old(p, "PublishedAt")} IS NOT NULL", PostDeleted),
    ];

    /// <summary>SQLite only: an INSERT onto the key or rowid of a guarded row, which INSERT OR REPLACE turns into a silent
    /// delete. PostgreSQL and SQL Server have no such path (an upsert or MERGE fires their UPDATE and DELETE triggers).</summary>
    private static readonly Guard[] SqliteReplaceGuards =
    [
        new("ReviewDecisions_NoReplace", ReviewDecisionsTable, "INSERT", _ => Exists(ReviewDecisionsTable, "\"Id\" = NEW.\"Id\"", null), KeyTakenMessage),
        new("PageRevisions_NoReplace", PageRevisionsTable, "INSERT",
            _ => Exists(PageRevisionsTable, "\"PageId\" = NEW.\"PageId\" AND \"Number\" = NEW.\"Number\"", null), KeyTakenMessage),
        new("PagePosts_NoPublishedReplace", PagePostsTable, "INSERT",
            _ => Exists(PagePostsTable, "\"Id\" = NEW.\"Id\"", "\"PublishedAt\" IS NOT NULL"), KeyTakenMessage),
    ];

    /// <summary>Postgres: TRUNCATE skips row triggers, so each guarded table refuses it whole (AuditTrailDeleteGuards
    /// adds the posts' table to the first two).</summary>
    private static readonly string[] TruncateGuardedTables = [ReviewDecisionsTable, PageRevisionsTable];

    /// <summary>Tells the model which triggers a table has: EF Core then writes to it without an OUTPUT clause, which SQL
    /// Server refuses on a table with triggers.</summary>
    internal static void Declare<T>(TableBuilder<T> table) where T : class
    {
        foreach (var guard in Guards.Concat(DeleteGuards).Where(g => g.Table == table.Name))
            table.HasTrigger(guard.Name);
    }

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var provider = ProviderOf(migrationBuilder);
        if (provider == Provider.Postgres)
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION "{PostgresFunction}"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
                END
                $$;
                """);
            // TRUNCATE skips row triggers: refuse it on the trail's tables too.
            foreach (var table in TruncateGuardedTables)
                migrationBuilder.Sql(CreateTruncateGuardSql(table));
        }
        foreach (var guard in Guards)
            migrationBuilder.Sql(CreateSql(provider, guard));
    }

    /// <summary>The migration AuditTrailDeleteGuards: a published post's DELETE refused on every provider, TRUNCATE of the
    /// posts refused on PostgreSQL, and on SQLite an INSERT OR REPLACE over a decision, a revision or a published post.</summary>
    public static void CreateDeleteGuards(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var provider = ProviderOf(migrationBuilder);
        foreach (var guard in DeleteGuardsOf(provider))
            migrationBuilder.Sql(CreateSql(provider, guard));
        if (provider == Provider.Postgres)
            migrationBuilder.Sql(CreateTruncateGuardSql(PagePostsTable));
    }

    public static void DropDeleteGuards(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var provider = ProviderOf(migrationBuilder);
        foreach (var guard in DeleteGuardsOf(provider))
            migrationBuilder.Sql(DropSql(provider, guard));
        if (provider == Provider.Postgres)
            migrationBuilder.Sql(DropTruncateGuardSql(PagePostsTable));
    }

    private static IEnumerable<Guard> DeleteGuardsOf(Provider provider) =>
        provider == Provider.Sqlite ? DeleteGuards.Concat(SqliteReplaceGuards) : DeleteGuards;

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var provider = ProviderOf(migrationBuilder);
        foreach (var guard in Guards)
            migrationBuilder.Sql(DropSql(provider, guard));
        if (provider == Provider.Postgres)
        {
            foreach (var table in TruncateGuardedTables)
                migrationBuilder.Sql(DropTruncateGuardSql(table));
            migrationBuilder.Sql($"DROP FUNCTION IF EXISTS \"{PostgresFunction}\"();");
        }
    }

    private static string DropSql(Provider provider, Guard guard) => provider switch
    {
        Provider.Postgres => $"DROP TRIGGER IF EXISTS \"{guard.Name}\" ON \"{guard.Table}\";",
        Provider.SqlServer => $"DROP TRIGGER IF EXISTS [{guard.Name}];",
        _ => $"DROP TRIGGER IF EXISTS \"{guard.Name}\";",
    };

    private static string CreateTruncateGuardSql(string table) => $"""
        CREATE TRIGGER "{table}_NoTruncate" BEFORE TRUNCATE ON "{table}"
        FOR EACH STATEMENT EXECUTE FUNCTION "{PostgresFunction}"('{RefusalPrefix} {table} cannot be truncated.');
        """;

    private static string DropTruncateGuardSql(string table) => $"DROP TRIGGER IF EXISTS \"{table}_NoTruncate\" ON \"{table}\";";

    /// <summary>SQLite: whether <paramref name="table"/> holds a row on the new row's key or rowid (NEW.rowid is -1 when the
    /// INSERT leaves it to SQLite, which no stored row has), optionally only a row meeting <paramref name="guarded"/>.</summary>
    private static string Exists(string table, string sameKey, string? guarded) =>
        $"EXISTS (SELECT 1 FROM \"{table}\" WHERE ({sameKey} OR rowid = NEW.rowid){(guarded is null ? "" : $" AND {guarded}")})";

    private static string CreateSql(Provider provider, Guard guard) => provider switch
    {
        Provider.Sqlite => $"""
            CREATE TRIGGER "{guard.Name}" BEFORE {guard.Event} ON "{guard.Table}"
            {(guard.When is null ? "" : $"WHEN {guard.When(provider)}")}
            BEGIN SELECT RAISE(ABORT, {Literal(guard.Message)}); END;
            """,
        Provider.Postgres => $"""
            CREATE TRIGGER "{guard.Name}" BEFORE {guard.Event} ON "{guard.Table}" FOR EACH ROW
            {(guard.When is null ? "" : $"WHEN ({guard.When(provider)})")}
            EXECUTE FUNCTION "{PostgresFunction}"({Literal(guard.Message)});
            """,
        // SQL Server has statement triggers over the deleted (OLD) and inserted (NEW) rows, joined on the key.
        _ => $"""
            CREATE TRIGGER [{guard.Name}] ON [{guard.Table}] AFTER {guard.Event} AS
            BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM deleted AS [OLD] {SqlServerNewRows(guard)} {(guard.When is null ? "" : $"WHERE {guard.When(provider)}")})
                    THROW 51000, {Literal(guard.Message)}, 1;
            END;
            """,
    };

    /// <summary>The updated rows beside the old ones. A key change shows as an old row without a new one (NEW's columns null).</summary>
    private static string SqlServerNewRows(Guard guard) => guard.Event != "UPDATE" ? "" : guard.Table switch
    {
        PageRevisionsTable => "LEFT JOIN inserted AS [NEW] ON [NEW].[PageId] = [OLD].[PageId] AND [NEW].[Number] = [OLD].[Number]",
        PagePostsTable => "LEFT JOIN inserted AS [NEW] ON [NEW].[Id] = [OLD].[Id]",
        _ => "",
    };

    /// <summary>Whether any of <paramref name="columns"/> differs between the old and the new row, nulls compared as values.</summary>
    private static string Changed(Provider provider, IEnumerable<string> columns) => provider switch
    {
        Provider.Postgres => $"({string.Join(", ", columns.Select(c => Old(provider, c)))}) IS DISTINCT FROM ({string.Join(", ", columns.Select(c => $"NEW.\"{c}\""))})",
        Provider.SqlServer => $"EXISTS (SELECT {string.Join(", ", columns.Select(c => $"[OLD].[{c}]"))} EXCEPT SELECT {string.Join(", ", columns.Select(c => $"[NEW].[{c}]"))})",
        _ => string.Join(" OR ", columns.Select(c => $"NEW.\"{c}\" IS NOT OLD.\"{c}\"")),
    };

    /// <summary>A SQL string literal of one of the messages above (they are constants, never input).</summary>
    private static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string Old(Provider provider, string column) => provider == Provider.SqlServer ? $"[OLD].[{column}]" : $"OLD.\"{column}\"";

    private static Provider ProviderOf(MigrationBuilder migrationBuilder) => migrationBuilder.ActiveProvider switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => Provider.Sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => Provider.Postgres,
        "Microsoft.EntityFrameworkCore.SqlServer" => Provider.SqlServer,
        var other => throw new NotSupportedException($"No audit-trail triggers for the provider {other}."),
    };
}
