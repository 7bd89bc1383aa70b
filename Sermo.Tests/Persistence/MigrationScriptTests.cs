using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Sermo.Api.Data;
using Sermo.Domain.Persistence;

namespace Sermo.Tests.Persistence;

/// <summary>
/// Each provider's migrations against its model, without a database: no model change lacks a migration, and
/// the script the migrations make has every table, key, index, filter and concurrency column the model
/// promises. For SQL Server, which no test run here can start, this is the check that its schema is right.
/// </summary>
public sealed class MigrationScriptTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres, DatabaseProvider.SqlServer];

    private static SermoDbContext ContextFor(DatabaseProvider provider) => new(PersistenceTests.OptionsFor(provider, provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=unused.db",
        DatabaseProvider.Postgres => "Host=localhost;Database=unused",
        _ => "Server=localhost;Database=unused;TrustServerCertificate=true",
    }));

    private static string CreateScript(SermoDbContext db) => db.GetService<IMigrator>().GenerateScript();

    /// <summary>The model with everything the migrations see (the runtime model drops design-time facts such as index filters).</summary>
    private static IModel DesignModel(SermoDbContext db) => db.GetService<IDesignTimeModel>().Model;

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_model_change_has_a_migration_in_the_providers_own_assembly(DatabaseProvider provider)
    {
        using var db = ContextFor(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changed since its newest migration: add one (docs/database.md).");
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal($"Sermo.Migrations.{provider}", db.GetService<IMigrationsAssembly>().Assembly.GetName().Name);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_create_script_has_every_key_index_and_concurrency_column_of_the_model(DatabaseProvider provider)
    {
        using var db = ContextFor(provider);
        var sql = db.GetService<ISqlGenerationHelper>();
        var script = CreateScript(db);

        foreach (var entity in DesignModel(db).GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = CreateTableStatement(script, sql.DelimitIdentifier(entity.GetTableName()!));
            var key = entity.FindPrimaryKey()!;
            var primaryKey = $"CONSTRAINT {sql.DelimitIdentifier(key.GetName()!)} PRIMARY KEY";
            Assert.Contains(provider == DatabaseProvider.Sqlite && key.Properties is [var column]
                ? $"{sql.DelimitIdentifier(column.GetColumnName())} {column.GetColumnType()} NOT NULL {primaryKey}" // SQLite declares it on the column.
                : $"{primaryKey} ({Columns(sql, key.Properties)})", table);
            foreach (var foreignKey in entity.GetForeignKeys())
                Assert.Contains($"CONSTRAINT {sql.DelimitIdentifier(foreignKey.GetConstraintName()!)} FOREIGN KEY ({Columns(sql, foreignKey.Properties)})", table);
            if (entity.FindProperty(ConcurrencyVersion.PropertyName) is { } version)
            {
                Assert.True(version.IsConcurrencyToken);
                Assert.Contains($"{sql.DelimitIdentifier(ConcurrencyVersion.PropertyName)} ", table);
            }
            foreach (var index in entity.GetIndexes())
            {
                var create = $"{(index.IsUnique ? "UNIQUE " : "")}INDEX {sql.DelimitIdentifier(index.GetDatabaseName()!)} " +
                    $"ON {sql.DelimitIdentifier(entity.GetTableName()!)} ({Columns(sql, index.Properties)})";
                Assert.Contains(create + (index.GetFilter() is { } filter ? $" WHERE {filter};" : ";"), script);
            }
        }
    }

    [Fact]
    public void On_sql_server_one_current_rating_and_one_vote_per_member_are_in_the_schema()
    {
        using var db = ContextFor(DatabaseProvider.SqlServer);
        var script = CreateScript(db);

        Assert.Contains("CREATE UNIQUE INDEX [UX_DrugRatings_CurrentPerRater] ON [DrugRatings] ([PhysicianId], [DrugId], [IndicationId]) WHERE [IsCurrent] = 1;", script);
        Assert.Contains("CONSTRAINT [PK_PollVotes] PRIMARY KEY ([PollId], [PhysicianId])", script);
        Assert.Contains("CONSTRAINT [PK_CaseActionVotes] PRIMARY KEY ([ResponseId], [PhysicianId])", script);
        Assert.Contains("[ConcurrencyVersion] int NOT NULL", CreateTableStatement(script, "[PollOptions]"));
    }

    [Fact]
    public void On_sql_server_no_index_key_is_a_max_column()
    {
        using var db = ContextFor(DatabaseProvider.SqlServer);

        var model = DesignModel(db);
        var unindexable = model.GetEntityTypes().SelectMany(e => e.GetIndexes()).SelectMany(i => i.Properties)
            .Concat(model.GetEntityTypes().SelectMany(e => e.GetKeys()).SelectMany(k => k.Properties))
            .Where(p => p.GetColumnType().Contains("(max)", StringComparison.Ordinal))
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}");

        Assert.Empty(unindexable);
    }

    /// <summary>SQL Server refuses a foreign key that makes a second cascading path between two tables.</summary>
    [Fact]
    public void On_sql_server_no_table_is_reached_by_two_cascading_delete_paths()
    {
        using var db = ContextFor(DatabaseProvider.SqlServer);
        var cascades = DesignModel(db).GetEntityTypes().SelectMany(e => e.GetForeignKeys())
            .Where(f => f.DeleteBehavior == DeleteBehavior.Cascade)
            .ToLookup(f => f.PrincipalEntityType.GetTableName()!, f => f.DeclaringEntityType.GetTableName()!);

        foreach (var start in cascades.Select(g => g.Key))
        {
            var reached = new HashSet<string>();
            var reachedTwice = new List<string>();
            var frontier = new Stack<string>([start]);
            while (frontier.TryPop(out var table))
            {
                foreach (var dependent in cascades[table])
                {
                    if (reached.Add(dependent))
                        frontier.Push(dependent);
                    else
                        reachedTwice.Add(dependent);
                }
            }
            Assert.Empty(reachedTwice);
            Assert.DoesNotContain(start, reached);
        }
    }

    private static string Columns(ISqlGenerationHelper sql, IEnumerable<IReadOnlyProperty> properties) =>
        string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName())));

    private static string CreateTableStatement(string script, string table)
    {
        var start = script.IndexOf($"CREATE TABLE {table} (", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The script creates no table {table}.");
        return script[start..script.IndexOf(");", start, StringComparison.Ordinal)];
    }
}
