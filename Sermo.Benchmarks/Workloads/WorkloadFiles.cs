using System.Reflection;

namespace Sermo.Benchmarks.Workloads;

/// <summary>The workload files (SDL, queries, data) embedded in this assembly: the same files the Node peers read.</summary>
public static class WorkloadFiles
{
    public static string Read(string fileName)
    {
        var name = $"Workloads/{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
