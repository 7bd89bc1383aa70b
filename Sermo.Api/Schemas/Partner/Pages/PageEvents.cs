using Sermo.Api.Events;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>The events one change of a Page produces, collected while it runs and published once its save has
/// committed: a refused or failed change publishes nothing.</summary>
public sealed class PageEvents
{
    private readonly List<Func<IEventBus, ValueTask>> _pending = [];

    public void Submitted(PageSubmitted submitted) =>
        _pending.Add(bus => bus.PublishAsync(PageSubmitted.TopicOf(submitted.OrganisationId), submitted, CancellationToken.None));

    public void Decided(PageDecided decided) =>
        _pending.Add(bus => bus.PublishAsync(PageDecided.TopicOf(decided.OrganisationId), decided, CancellationToken.None));

    public void PostPublished(PagePostPublished published) =>
        _pending.Add(bus => bus.PublishAsync(PagePostPublished.Topic, published, CancellationToken.None));

    /// <summary>Not tied to the request: a client that goes away after the save does not take its events with it.</summary>
    public async Task PublishAsync(IEventBus bus)
    {
        foreach (var publish in _pending)
            await publish(bus);
    }
}
