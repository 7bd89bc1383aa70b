using Xunit.Sdk;

namespace Sermo.Tests.TestSupport;

/// <summary>
/// A fact of a suite that runs once per database: skipped, with the reason printed, in a test class marked
/// <see cref="RequiresEnvironmentVariableAttribute"/> whose variable is not set.
/// </summary>
[XunitTestCaseDiscoverer("Sermo.Tests.TestSupport.PersistenceFactDiscoverer", "Sermo.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class PersistenceFactAttribute : FactAttribute;
