using Sermo.Tests.Infrastructure;
using System.Diagnostics;

namespace Sermo.Tests.TestSupport;

/// <summary>Runs the Node scripts in tools/node, installing their pinned packages (<c>npm ci</c>) first when
/// they are missing, once per test run.</summary>
public static class NodeTools
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tools", "node");
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    /// <summary>Runs <c>node tools/node/SCRIPT</c> with <paramref name="stdin"/> and returns its standard output;
    /// a non-zero exit fails with its standard error.</summary>
    public static async Task<string> RunScriptAsync(string script, string stdin)
    {
        await Installed.Value;
        return await RunAsync("node", [Path.Combine(Folder, script)], stdin);
    }

    private static Task InstallAsync() =>
        Directory.Exists(Path.Combine(Folder, "node_modules"))
            ? Task.CompletedTask
            : RunAsync("npm", ["ci", "--prefix", Folder, "--no-audit", "--no-fund"], "");

    private static async Task<string> RunAsync(string program, string[] args, string stdin)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} ran over three minutes.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
