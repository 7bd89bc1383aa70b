using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Sermo.Api.Auth;
using Sermo.Api.Events;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Persistence;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Opens the Pages area's subscriptions: a reviewer's organisation's submissions, the decisions on an
/// organisation the agency acts for, and the new posts of the Pages a member follows.</summary>
public static class PageSubscriptions
{
    /// <summary>The submissions of the organisation the reviewer's token names.</summary>
    public static ValueTask<IAsyncEnumerable<object?>> SubmissionsAsync(IResolverContext context) =>
        new Caller(context.User).OrganisationId is { } organisation
            ? context.Services.GetRequiredService<IEventBus>().SubscribeSourceStreamAsync<PageSubmitted>(PageSubmitted.TopicOf(organisation), context.CancellationToken)
            : throw Refused("The token names no organisation to review for.");

    /// <summary>The decisions on an organisation's content, for an agency acting for it now (the organisation-team rule);
    /// any other id is refused as not found.</summary>
    public static async ValueTask<IAsyncEnumerable<object?>> DecisionsAsync(IResolverContext context)
    {
        var caller = new Caller(context.User);
        var acting = await context.Services.GetRequiredService<CallerOrganisations>().ActingForAsync(caller, context.CancellationToken);
        if (!context.Services.GetRequiredService<GlobalIdCodec>().TryDecode<Guid>(context.Arguments["organisationId"] as string, "Organisation", out var organisation)
            || !acting.Contains(organisation))
            throw FieldErrors.NotFound("No organisation the caller acts for has that id.");
        var events = await context.Services.GetRequiredService<IEventBus>().SubscribeSourceStreamAsync<PageDecided>(PageDecided.TopicOf(organisation), context.CancellationToken);
        return WhileActingFor(events, caller, organisation, context.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>(),
            context.Services.GetRequiredService<TimeProvider>(), context.CancellationToken);
    }

    /// <summary>Ends the stream once the agency no longer acts for the organisation (its mandate revoked or ended): the
    /// subscription's own request scope read the mandates once, when it opened, so they are read afresh.</summary>
    private static IAsyncEnumerable<object?> WhileActingFor(IAsyncEnumerable<object?> events, Caller caller, Guid organisation,
        IDbContextFactory<SermoDbContext> contexts, TimeProvider clock, CancellationToken cancellationToken) =>
        CommunityStanding.WhileStill(events,
            async ct => (await new CallerOrganisations(contexts, clock).ActingForAsync(caller, ct)).Contains(organisation),
            clock, cancellationToken);

    /// <summary>New posts of every Page, kept for the Pages the member follows (<see cref="FollowedPages"/>: read when the
    /// subscription opens, and again at most every few seconds as posts arrive).</summary>
    public static async ValueTask<IAsyncEnumerable<object?>> FollowedPostsAsync(IResolverContext context)
    {
        var member = new Caller(context.User).PhysicianId ?? throw Refused("The token acts for no member.");
        var followed = new FollowedPages(member, context.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>(), context.Services.GetRequiredService<TimeProvider>());
        await followed.ReadAsync(context.CancellationToken);
        var events = await context.Services.GetRequiredService<IEventBus>().SubscribeSourceStreamAsync<PagePostPublished>(PagePostPublished.Topic, context.CancellationToken);
        // A member suspended meanwhile stops receiving posts, as on the community's other subscriptions.
        return CommunityStanding.WhileInCommunity(Followed(events, followed, context.CancellationToken), context);
    }

    private static async IAsyncEnumerable<object?> Followed(IAsyncEnumerable<object?> events, FollowedPages followed,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in events.WithCancellation(cancellationToken))
            if (message is PagePostPublished published && await followed.IncludesAsync(published.PageId, cancellationToken))
                yield return published;
    }

    private static GraphQLException Refused(string message) => FieldErrors.NotAuthorized(message);
}
