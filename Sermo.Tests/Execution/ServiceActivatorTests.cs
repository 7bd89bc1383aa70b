using Sermo.GraphQL.Execution;

namespace Sermo.Tests.Execution;

/// <summary>Per-request helpers come from constructors compiled once per type, chosen by the services at hand.</summary>
public class ServiceActivatorTests
{
    public sealed class Clock;

    public sealed class Helper
    {
        public Helper() => Made = "none";

        public Helper(Clock clock, CancellationToken token = default, int retries = 3) => Made = $"clock {token.CanBeCanceled} {retries}";

        public string Made { get; }
    }

    private sealed class Services(object? service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => service is not null && serviceType.IsInstanceOfType(service) ? service : null;
    }

    [Fact]
    public void The_richest_satisfiable_constructor_is_compiled_once_and_reused()
    {
        Assert.False(ServiceActivator.IsCompiled(typeof(Helper)));
        Assert.Equal("clock False 3", ServiceActivator.Create<Helper>(new Services(new Clock())).Made);
        Assert.True(ServiceActivator.IsCompiled(typeof(Helper)));
        Assert.Equal("none", ServiceActivator.Create<Helper>(new Services(null)).Made);
    }

    [Fact]
    public void A_type_no_constructor_of_which_can_be_satisfied_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ServiceActivator.Create<Clockwork>(new Services(null)));
        Assert.Contains("no public constructor", error.Message, StringComparison.Ordinal);
    }

    public sealed class Clockwork(Clock clock)
    {
        public Clock Clock { get; } = clock;
    }
}
