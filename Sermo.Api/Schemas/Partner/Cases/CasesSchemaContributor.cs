using Microsoft.EntityFrameworkCore;
using Sermo.Api.Auth;
using Sermo.Api.Events;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Cases;
using Sermo.Domain.Persistence;
using Sermo.GraphQL;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>The cases area: the case feed, cases and responses as nodes, the eight case mutations and the
/// <c>caseActivity</c> and <c>myNotifications</c> subscriptions. Everything is for the community (verified members
/// and staff); the mutations are for members, whose standing the domain checks.</summary>
public sealed class CasesSchemaContributor : IPartnerSchemaContributor
{
    // Every field here is one any caller of the feed may read.
    private static readonly FilterDefinition<Case> CaseFilter = new FilterDefinition<Case>("CaseFilter")
        .Field("specialty", c => c.SpecialtyCode, FilterOperators.Eq | FilterOperators.In)
        .Field("status", c => c.Status, FilterOperators.Eq, graphQLType: "CaseStatus")
        .Field("postedAt", c => c.PostedAt, FilterOperators.Gte | FilterOperators.Lt);

    private static readonly SortDefinition<Case> CaseOrder = SortDefinition<Case>.WithKey("Case", c => c.Id)
        .Field("postedAt", c => c.PostedAt)
        .DefaultOrder(new SortField("postedAt", SortDirection.Descending));

    public void Contribute(SchemaComposition schema)
    {
        schema.Types
            .AddType<CaseType>()
            .AddType<CaseResponseType>()
            .AddType<PatientDetailsType>()
            .AddType<CaseAttachmentType>()
            .AddType<CaseActivityType>()
            .AddType<CaseNotificationType>()
            .AddType<CaseStatus>()
            .AddType<ResponseKind>()
            .AddType<AgeBand>()
            .AddType<PatientSex>()
            .AddType<AttachmentKind>()
            .AddType<ActionVote>()
            .AddType<CaseActivityKind>()
            .AddType<CaseNotificationKind>();
        CaseFilter.AddTo(schema.Types);
        CaseOrder.AddTo(schema.Types, "CaseSort");
        RelayTypes.AddConnection<Case>(schema.Types, "Case", withTotalCount: true);
        MutationConventions.AddPayload<Case>(schema.Types, "CasePayload", "case", "Case");
        MutationConventions.AddPayload<CaseResponse>(schema.Types, "CaseResponsePayload", "response", "CaseResponse");

        schema.Node<Case, Guid>("Case", c => c.Id, (id, context) => LoadVisibleAsync(context, () => context.DataLoader<CaseById>().LoadAsync(id)));
        schema.Node<CaseResponse, Guid>("CaseResponse", r => r.Id,
            (id, context) => LoadVisibleAsync(context, () => context.DataLoader<CaseResponseById>().LoadAsync(id)));

        schema.Query(query => query.Field("cases").Type("CaseConnection!")
            .AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff).AuthorizePolicy(SermoPolicies.CommunityMember)
            .Description("The case feed, newest first unless ordered otherwise. Verified members and staff.")
            .Argument("where", "CaseFilter", "Only the cases that match.")
            .Argument("orderBy", "[CaseSort!]", "The order; newest first when not given.")
            .PagingArguments()
            .Resolve(context => ConnectionQuery.PageAsync(context, db => db.Cases, CaseFilter, CaseOrder)));

        schema.Mutation(mutation =>
        {
            Member(mutation, "postCase", "CasePayload!", "Posts a case; its text must not identify the patient. Verified members.",
                (CaseCommands commands, PostCaseInput input, Caller caller, CancellationToken ct) => commands.PostAsync(input, caller, ct));
            Member(mutation, "askFollowUp", "CaseResponsePayload!", "Asks the case's author a follow-up question. Verified members other than the author.",
                (CaseCommands commands, AskFollowUpInput input, Caller caller, CancellationToken ct) => commands.AskFollowUpAsync(input, caller, ct));
            Member(mutation, "answerFollowUp", "CaseResponsePayload!", "Answers the follow-up questions on one's own case. The case's author.",
                (CaseCommands commands, AnswerFollowUpInput input, Caller caller, CancellationToken ct) => commands.AnswerFollowUpAsync(input, caller, ct));
            Member(mutation, "giveAdvice", "CaseResponsePayload!", "Advises on a case. Verified members other than the author.",
                (CaseCommands commands, GiveAdviceInput input, Caller caller, CancellationToken ct) => commands.GiveAdviceAsync(input, caller, ct));
            Member(mutation, "proposeAction", "CaseResponsePayload!", "Proposes a course of action for members to vote on. Verified members.",
                (CaseCommands commands, ProposeActionInput input, Caller caller, CancellationToken ct) => commands.ProposeActionAsync(input, caller, ct));
            Member(mutation, "voteOnAction", "CaseResponsePayload!", "Votes for or against a proposed action, once per member. Verified members.",
                (CaseCommands commands, VoteOnActionInput input, Caller caller, CancellationToken ct) => commands.VoteOnActionAsync(input, caller, ct));
            Member(mutation, "acceptAdvice", "CasePayload!", "Accepts advice or a proposed action, which solves the case. The case's author.",
                (CaseCommands commands, AcceptAdviceInput input, Caller caller, CancellationToken ct) => commands.AcceptAdviceAsync(input, caller, ct));
            Member(mutation, "markSolved", "CasePayload!", "Marks one's own case solved without accepting a response. The case's author.",
                (CaseCommands commands, MarkSolvedInput input, Caller caller, CancellationToken ct) => commands.MarkSolvedAsync(input, caller, ct));
        });

        schema.Subscription(subscription =>
        {
            subscription.Field("caseActivity").Type("CaseActivity!")
                .AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff).AuthorizePolicy(SermoPolicies.CommunityMember)
                .Description("What happens on a case from now on: follow-ups, answers, advice, proposed actions, vote counts, its solution. Verified members and staff.")
                .Argument("caseId", "ID!", "The case.")
                .Subscribe(SubscribeCaseActivityAsync)
                .Resolve(context => context.Parent);
            subscription.Field("myNotifications").Type("CaseNotification!")
                .AuthorizeRoles(SermoRoles.Physician).AuthorizePolicy(SermoPolicies.CommunityMember)
                .Description("The caller's own notifications from now on: responses on their cases, answers to their questions, their advice accepted. Verified members.")
                .Subscribe(SubscribeNotificationsAsync)
                .Resolve(context => context.Parent);
        });
    }

    /// <summary>A mutation for members: the physician role at the door, the member's standing decided by the domain
    /// (a suspended member gets a typed <c>PHYSICIAN_NOT_VERIFIED</c>, not an authorization error).</summary>
    private static void Member<TInput, TPayload>(ObjectTypeDescriptor<object> mutation, string name, string payloadType, string description,
        Func<CaseCommands, TInput, Caller, CancellationToken, Task<TPayload>> run)
        where TInput : class =>
        mutation.Field(name).Type(payloadType).AuthorizeRoles(SermoRoles.Physician).Description(description)
            .ResolveWith(([Service] CaseCommands commands, TInput input, Caller caller, CancellationToken cancellationToken) =>
                run(commands, input, caller, cancellationToken));

    /// <summary>A case or response for <c>node</c>: to staff and verified members; null to anyone else, exactly as for
    /// an id that names nothing.</summary>
    private static async Task<T?> LoadVisibleAsync<T>(IResolverContext context, Func<Task<T?>> load) where T : class =>
        await context.Services.GetRequiredService<CallerMembership>().MayReadCommunityAsync(new Caller(context.User), context.CancellationToken)
            ? await load()
            : null;

    /// <summary>Opens the case's topic once the id is known to name a case (read directly: no DataLoader runs before
    /// the subscription's first event).</summary>
    private static async ValueTask<IAsyncEnumerable<object?>> SubscribeCaseActivityAsync(IResolverContext context)
    {
        var caseId = context.Services.GetRequiredService<GlobalIdCodec>().Decode<Guid>(context.Arguments["caseId"] as string, "Case");
        await using (var db = await context.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync(context.CancellationToken))
        {
            if (!await db.Cases.AnyAsync(c => c.Id == caseId, context.CancellationToken))
                throw FieldErrors.NotFound("No case the caller may see has that id.");
        }
        return CommunityStanding.WhileInCommunity(
            await context.Services.GetRequiredService<IEventBus>().SubscribeSourceStreamAsync<CaseActivity>(CaseActivity.TopicOf(caseId), context.CancellationToken),
            context);
    }

    /// <summary>Opens the caller's own topic. Only a token acting for a member has one (a staff token that also carries
    /// the physician role but names no member is refused like any caller without).</summary>
    private static async ValueTask<IAsyncEnumerable<object?>> SubscribeNotificationsAsync(IResolverContext context) =>
        new Caller(context.User).PhysicianId is { } memberId
            ? CommunityStanding.WhileInCommunity(
                await context.Services.GetRequiredService<IEventBus>().SubscribeSourceStreamAsync<CaseNotification>(CaseNotification.TopicOf(memberId), context.CancellationToken),
                context)
            : throw FieldErrors.NotAuthorized("The caller is not authorized to read this field.");
}
