namespace Sermo.Tests.TestSupport;

/// <summary>
/// The test class needs a service this test run does not start: its <see cref="PersistenceFactAttribute"/>
/// facts run when <see cref="Name"/> is set and are skipped with <see cref="SkipReason"/> otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentVariableAttribute(string name, string purpose) : Attribute
{
    public string Name { get; } = name;

    public string SkipReason => $"{Name} is not set: {purpose}";

    public string? Value => Environment.GetEnvironmentVariable(Name) is { Length: > 0 } value ? value : null;
}
