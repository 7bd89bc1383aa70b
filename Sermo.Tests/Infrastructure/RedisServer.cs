using System.Diagnostics;

namespace Sermo.Tests.Infrastructure;

/// <summary>A private redis-server for tests: its own free port and temporary directory, no persistence
/// (nothing survives a restart, just like a real Redis losing its state), stopped and started again on
/// the same port for outage tests. Requires the Debian <c>redis-server</c> package (scripts/install-test-deps.sh).</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly string _directory;
    private readonly IReadOnlyList<string> _extraArguments;
    private Process? _process;

    private RedisServer(int port, string directory, IReadOnlyList<string> extraArguments)
    {
        Port = port;
        _directory = directory;
        _extraArguments = extraArguments;
    }

    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    public static Task<RedisServer> StartNewAsync() => StartNewAsync((_, _) => []);

    /// <summary>Starts a server with more redis.conf directives after the defaults (a later directive wins), given
    /// the port and the server's directory: ACL users, TLS on <see cref="Port"/> instead of plain TCP...</summary>
    public static async Task<RedisServer> StartNewAsync(Func<int, string, IEnumerable<string>> extraArguments)
    {
        var directory = Directory.CreateTempSubdirectory("sermo-redis-").FullName;
        var port = LoopbackPort.Free();
        var server = new RedisServer(port, directory, [.. extraArguments(port, directory)]);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts redis-server and returns once it accepts connections.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Redis is already running.");
        }

        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--bind", "127.0.0.1",
                     "--dir", _directory,
                     "--save", "",
                     "--appendonly", "no",
                     "--daemonize", "no",
                     "--loglevel", "notice",
                 }.Concat(_extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            output.Enqueue(e.Data);
            if (e.Data.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                output.Enqueue(e.Data);
            }
        };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException(
            "redis-server exited while starting:\n" + string.Join('\n', output)));

        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("redis-server is not installed: run scripts/install-test-deps.sh.", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await ready.Task.WaitAsync(StartTimeout);
    }

    /// <summary>Kills the server (an outage, not a graceful shutdown) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        var process = _process;
        _process = null;
        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync().WaitAsync(StartTimeout);
        process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
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
