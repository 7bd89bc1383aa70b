using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sermo.Tests.TestSupport;

/// <summary>Finds <see cref="PersistenceFactAttribute"/> facts; the class they run in (often a subclass of the
/// one declaring them) decides whether they can run.</summary>
public sealed class PersistenceFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var requirement = testMethod.TestClass.Class.ToRuntimeType()?.GetCustomAttribute<RequiresEnvironmentVariableAttribute>();
        return requirement is null || requirement.Value is not null
            ? base.CreateTestCase(discoveryOptions, testMethod, factAttribute)
            : new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, requirement.SkipReason);
    }
}
