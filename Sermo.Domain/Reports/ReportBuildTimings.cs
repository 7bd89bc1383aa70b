using System.Diagnostics;

namespace Sermo.Domain.Reports;

/// <summary>How long each stage of a release build took (the grouped SQL, disclosure control, writing the cells), for
/// the log and the benchmark.</summary>
public sealed class ReportBuildTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, TimeSpan> _stages = [];

    public IReadOnlyDictionary<string, TimeSpan> Stages => _stages;

    /// <summary>Adds the time since the clock last stopped to <paramref name="stage"/>.</summary>
    public void Lap(string stage)
    {
        _stages[stage] = _stages.GetValueOrDefault(stage) + _clock.Elapsed;
        _clock.Restart();
    }

    public override string ToString() => string.Join(", ", _stages.Select(s => $"{s.Key} {s.Value.TotalSeconds:F1} s"));
}
