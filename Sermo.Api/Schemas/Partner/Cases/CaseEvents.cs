using Sermo.Api.Events;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>The events one change of a case produces, collected while it runs and published once its save has
/// committed: a refused or failed change publishes nothing. A member is never notified of their own action.</summary>
public sealed class CaseEvents
{
    private readonly List<CaseActivity> _activities = [];
    private readonly List<(Guid Recipient, CaseNotification Notification)> _notifications = [];

    public void Activity(CaseActivity activity) => _activities.Add(activity);

    public void Notify(IEnumerable<Guid> recipients, Guid actor, CaseNotification notification)
    {
        foreach (var recipient in recipients.Distinct())
        {
            if (recipient != actor)
                _notifications.Add((recipient, notification));
        }
    }

    /// <summary>Publishes whatever the change produced. Not tied to the request: a client that goes away after the
    /// save does not take its events with it.</summary>
    public async Task PublishAsync(IEventBus bus)
    {
        foreach (var activity in _activities)
            await bus.PublishAsync(CaseActivity.TopicOf(activity.CaseId), activity, CancellationToken.None);
        foreach (var (recipient, notification) in _notifications)
            await bus.PublishAsync(CaseNotification.TopicOf(recipient), notification, CancellationToken.None);
    }
}
