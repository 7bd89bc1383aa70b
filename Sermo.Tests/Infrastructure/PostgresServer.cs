using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Sermo.Tests.Infrastructure;

/// <summary>
/// A private PostgreSQL 15 for tests: initdb into a temporary directory, started on a free port on
/// 127.0.0.1 (its socket in the same directory), with durability switched off for speed; stopped and
/// deleted on dispose. Run as root, the server runs as the <c>postgres</c> user (PostgreSQL refuses root).
/// Needs the Debian <c>postgresql-15</c> package (scripts/install-test-deps.sh) and fails clearly without it.
/// Share one per test collection (<see cref="PostgresCollection"/>) and give each test class its own
/// database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private string? _directory;

    public int Port { get; private set; }

    /// <summary>A connection string to the server's <c>postgres</c> database.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = true,
        Timeout = 15,
    }.ConnectionString;

    /// <summary>Creates a database (empty, or a copy of <paramref name="template"/>) and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string name, string? template = null)
    {
        if (template is not null)
            CheckName(template);
        CheckName(name);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var copy = template is null ? "" : $" TEMPLATE \"{template}\"";
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE); CREATE DATABASE \"{name}\"{copy};", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its pooled connections first.</summary>
    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionStringFor(name)));
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static void CheckName(string name)
    {
        if (name.Length is 0 or > 63 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException("Database names here are 1 to 63 letters, digits and underscores.", nameof(name));
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "postgres")))
            throw new InvalidOperationException(
                $"PostgreSQL 15 is not installed ({BinDirectory}/postgres is missing): run scripts/install-test-deps.sh.");
        _directory = Directory.CreateTempSubdirectory("sermo-pg-").FullName;
        var data = Path.Combine(_directory, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot)
            await RunAsync("chown", ["-R", "postgres:postgres", _directory], asPostgres: false);
        Port = LoopbackPort.Free();
        await RunAsync(Path.Combine(BinDirectory, "initdb"),
            ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"], asRoot);
        var settings = string.Join(' ',
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}", "-c listen_addresses=127.0.0.1", $"-k {_directory}",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200");
        await RunAsync(Path.Combine(BinDirectory, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(_directory, "server.log"), "-o", settings, "-w", "-t", "60", "start"], asRoot);
    }

    public async Task DisposeAsync()
    {
        if (_directory is null)
            return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"], Environment.UserName == "root");
        }
        finally
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory is harmless.
            }
        }
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
                start.ArgumentList.Add(argument);
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(CommandTimeout);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}):\n{await output}\n{await error}");
    }
}

/// <summary>Test classes in this collection share one <see cref="PostgresServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
