using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Polls;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>The polls area: this week's poll and the list for the community, published results for everyone, voting,
/// the community team's running of polls, and live tallies. Whether tallies show is the domain's rule alone
/// (<see cref="Poll.TalliesVisibleTo"/>), asked through <see cref="PollTallyAccess"/>.</summary>
public sealed class PollsSchemaContributor : IPartnerSchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.Types
            .AddType<PollType>()
            .AddType<PollOptionType>()
            .AddType<PollTalliesType>()
            .AddType<PollOptionTallyType>()
            .AddType<PollState>()
            .AddType<PollAuthorKind>();
        PollQueries.Order.AddTo(schema.Types, "PollSort");
        RelayTypes.AddConnection<Poll>(schema.Types, "Poll", withTotalCount: true);
        MutationConventions.AddPayload<Poll>(schema.Types, "PollPayload", "poll", "Poll");

        schema.Node<Poll, Guid>("Poll", p => p.Id, LoadVisiblePollAsync);
        schema.Node<PollOption, Guid>("PollOption", o => o.Id, LoadVisibleOptionAsync);

        schema.Query(query =>
        {
            query.Field("currentPoll").Type("Poll").AuthorizePolicy(SermoPolicies.CommunityMember)
                .Description("This week's poll: of the polls open to the caller's country (any poll, for staff), the most recently opened one still open; when none is, the most recently opened one. Verified members and staff.")
                .ResolveWith((IResolverContext context, Caller caller) => PollQueries.CurrentAsync(context, caller));
            query.Field("polls").Type("PollConnection!").AuthorizePolicy(SermoPolicies.CommunityMember)
                .Description("Every poll, upcoming ones included, newest opening first unless ordered otherwise. Verified members and staff.")
                .PagingArguments()
                .Argument("orderBy", "[PollSort!]", "The order; by default opensAt DESC. Ties are broken by id.")
                .ResolveWith(PollQueries.ListAsync);
            query.Field("publishedPolls").Type("PollConnection!")
                .Description("Polls whose final results the community team has published, with their tallies: readable by anyone, without a token.")
                .PagingArguments()
                .Argument("orderBy", "[PollSort!]", "The order; by default opensAt DESC. Ties are broken by id.")
                .ResolveWith(PollQueries.PublishedAsync);
        });

        schema.Mutation(mutation =>
        {
            mutation.Field("voteInPoll").Type("PollPayload!").AuthorizeRoles(SermoRoles.Physician)
                .Description("Casts the caller's one vote in an open poll their country may vote in; the payload's poll then shows the tallies to them. A verified member only (PHYSICIAN_NOT_VERIFIED otherwise).")
                .ResolveWith(async ([Service] PollCommands commands, [Service] CallerMembership membership, VoteInPollInput input, Caller caller, IResolverContext context) =>
                    Primed(context, await commands.VoteAsync(input, await membership.MemberAsync(caller, context.CancellationToken), context.CancellationToken)));
            mutation.Field("createPoll").Type("PollPayload!").AuthorizeRoles(SermoRoles.Staff)
                .Description("Writes a community team poll, opening and closing at the times given. Staff only.")
                .ResolveWith(async ([Service] PollCommands commands, CreatePollInput input, IResolverContext context) =>
                    Primed(context, await commands.CreateAsync(input, context.CancellationToken)));
            StaffChange(mutation, "openPoll", "Opens a scheduled poll now; its closing time stays. Staff only.",
                (commands, input, cancellationToken) => commands.OpenAsync(input, cancellationToken));
            StaffChange(mutation, "closePoll", "Closes an open poll now: no more votes, and every member sees the tallies. Staff only.",
                (commands, input, cancellationToken) => commands.CloseAsync(input, cancellationToken));
            StaffChange(mutation, "publishPollResults", "Makes a closed poll's final results public (readable without a token); publishing again changes nothing. Staff only.",
                (commands, input, cancellationToken) => commands.PublishResultsAsync(input, cancellationToken));
        });

        schema.Subscription(subscription => subscription.Field("pollTallies").Type("PollTallies!").AuthorizePolicy(SermoPolicies.CommunityMember)
            .Description("A poll's tallies now and as votes arrive, to a caller who may see them: staff, a member who has voted in it, every member once it has closed. Others are refused when subscribing.")
            .Argument("pollId", "ID!", "The poll.")
            .Subscribe(PollTalliesSubscription.SubscribeAsync));
    }

    /// <summary>A staff mutation changing one poll named by <see cref="PollChangeInput"/>.</summary>
    private static void StaffChange(ObjectTypeDescriptor<object> mutation, string name, string description,
        Func<PollCommands, PollChangeInput, CancellationToken, Task<Payload<Poll>>> change) =>
        mutation.Field(name).Type("PollPayload!").AuthorizeRoles(SermoRoles.Staff).Description(description)
            .ResolveWith(async ([Service] PollCommands commands, PollChangeInput input, IResolverContext context) =>
                Primed(context, await change(commands, input, context.CancellationToken)));

    /// <summary>The changed poll is what the payload's fields read: cached, so its options' tallies find it.</summary>
    private static Payload<Poll> Primed(IResolverContext context, Payload<Poll> payload)
    {
        if (payload.Value is { } poll)
            context.DataLoader<PollById>().Prime(poll.Id, poll);
        return payload;
    }

    /// <summary>A poll by id for <c>node</c>: null for what <see cref="PollVisibility"/> hides, exactly as for no poll.</summary>
    private static async Task<Poll?> LoadVisiblePollAsync(Guid id, IResolverContext context) =>
        await context.DataLoader<PollById>().LoadAsync(id) is { } poll && await PollVisibility.MaySeeAsync(poll, context) ? poll : null;

    /// <summary>An option is visible where its poll is.</summary>
    private static async Task<PollOption?> LoadVisibleOptionAsync(Guid id, IResolverContext context) =>
        await context.DataLoader<PollOptionById>().LoadAsync(id) is { } option && await LoadVisiblePollAsync(option.PollId, context) is not null ? option : null;
}
