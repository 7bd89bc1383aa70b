using Microsoft.EntityFrameworkCore;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>The Pages area: <c>pages</c> and <c>page(slug)</c>, Pages and posts as nodes, the workflow's mutations for
/// agencies (edit, submit, publish, archive), reviewers (decide) and staff (suspend, reinstate), members' follows,
/// views and reactions, and the subscriptions of submissions, decisions and new posts. Which Pages a caller sees is
/// <see cref="PageVisibility"/>; what of a Page is the team's is <see cref="SermoPolicies.OrganisationTeam"/>.</summary>
public sealed class PagesSchemaContributor : IPartnerSchemaContributor
{
    // Every field here is one any caller of the list may read.
    private static readonly FilterDefinition<Page> PageFilter = new FilterDefinition<Page>("PageFilter")
        .Field("slug", p => p.Slug, FilterOperators.Eq | FilterOperators.In | FilterOperators.StartsWith);

    private static readonly SortDefinition<Page> PageOrder = SortDefinition<Page>.WithKey("Page", p => p.Id)
        .Field("slug", p => p.Slug)
        .DefaultOrder(new SortField("slug", SortDirection.Ascending));

    public void Contribute(SchemaComposition schema)
    {
        schema.Types
            .AddType<PageType>()
            .AddType<PageContentType>()
            .AddType<PageRevisionType>()
            .AddType<PageEditorType>()
            .AddType<PageReviewerType>()
            .AddType<ReviewDecisionType>()
            .AddType<PagePostType>()
            .AddType<ReviewState>()
            .AddType<ReviewOutcome>()
            .AddType<ContentKind>()
            .AddType<ReactionKind>()
            .AddType<EngagementPeriod>()
            .AddType<EngagementCountType>()
            .AddType<PageEngagementType>()
            .AddType<EngagementPeriodCountsType>()
            .AddType<SpecialtyGroupEngagementType>()
            .AddType<RegionEngagementType>()
            .AddType<PostEngagementType>()
            .AddType<PageSubmittedType>()
            .AddType<PageDecidedType>()
            .AddType<PagePostPublishedType>()
            .AddParameterInjector(new PageCallerInjector());
        PageFilter.AddTo(schema.Types);
        PageOrder.AddTo(schema.Types, "PageSort");
        RelayTypes.AddConnection<Page>(schema.Types, "Page", withTotalCount: true);
        MutationConventions.AddPayload<Page>(schema.Types, "PagePayload", "page", "Page");
        MutationConventions.AddPayload<PagePost>(schema.Types, "PagePostPayload", "post", "PagePost");

        schema.Node<Page, Guid>("Page", p => p.Id, async (id, context) =>
            await context.DataLoader<PageById>().LoadAsync(id) is { } page && await MaySeeAsync(page, context) ? page : null);
        schema.Node<PagePost, Guid>("PagePost", p => p.Id, async (id, context) =>
            await context.DataLoader<PagePostById>().LoadAsync(id) is { } post
            && await context.DataLoader<PageById>().LoadAsync(post.PageId) is { } page
            && await Visibility(context).MaySeeAsync(post, page, new Caller(context.User), context.CancellationToken)
                ? post
                : null);

        schema.Query(query =>
        {
            query.Field("pages").Type("PageConnection!").AuthorizeRoles(PageRoles.All)
                .Description("Pages by slug unless ordered otherwise: the live ones for verified members; every Page of the caller's organisations for an agency or reviewer; all for staff.")
                .Argument("where", "PageFilter", "Only the Pages that match.")
                .Argument("orderBy", "[PageSort!]", "The order; by slug when not given.")
                .PagingArguments()
                .Resolve(async context =>
                {
                    var visible = await Visibility(context).FilterAsync(new Caller(context.User), context.CancellationToken);
                    return await ConnectionQuery.PageAsync(context, db => visible(db.Pages), PageFilter, PageOrder);
                });
            query.Field("page").Type("Page").AuthorizeRoles(PageRoles.All)
                .Description("The Page at an address among those the caller may see: the live Page for members, the organisation's Page for its team; null when there is none. Drafts of different organisations may share a slug, so a caller who sees several Pages at one address (staff, an agency of several organisations) names the organisation.")
                .Argument("slug", "String!", "The Page's address.")
                .Argument("organisationId", "ID", "The organisation whose Page is meant; needed only when the caller sees several Pages with the slug.")
                .Resolve(PageBySlug.ResolveAsync);
        });

        schema.Mutation(mutation =>
        {
            Team(mutation, "createPage", "PagePayload!", "Creates a Page of an organisation the agency acts for; its first revision is a draft. Agencies under a mandate.", SermoRoles.Agency,
                ([Service] PageCommands c, CreatePageInput input, PageCaller caller, CancellationToken ct) => c.CreatePageAsync(input, caller, ct));
            Team(mutation, "revisePage", "PagePayload!", "Writes a new staging revision (a draft); the live Page is untouched, and an approval of an earlier revision no longer counts. Agencies under a mandate.", SermoRoles.Agency,
                ([Service] PageCommands c, RevisePageInput input, PageCaller caller, CancellationToken ct) => c.RevisePageAsync(input, caller, ct));
            Team(mutation, "submitPageForReview", "PagePayload!", "Sends the staging draft to the organisation's reviewers; the content rules (reminder ad, Important Safety Information) are checked here. Agencies under a mandate.", SermoRoles.Agency,
                ([Service] PageCommands c, PageIdInput input, PageCaller caller, CancellationToken ct) => c.SubmitPageAsync(input, caller, ct));
            Team(mutation, "decidePageRevision", "PagePayload!", "Approves the revision in review or requests changes with a reason. Reviewers of the Page's organisation who did not write it.", SermoRoles.Reviewer,
                ([Service] PageReviewCommands c, DecidePageRevisionInput input, PageCaller caller, CancellationToken ct) => c.DecidePageAsync(input, caller, ct));
            Team(mutation, "publishPageRevision", "PagePayload!", "Promotes the approved staging revision to live in one step (the approval must be of that exact content). Agencies under a mandate.", SermoRoles.Agency,
                ([Service] PageCommands c, PublishPageRevisionInput input, PageCaller caller, CancellationToken ct) => c.PublishPageAsync(input, caller, ct));
            Team(mutation, "archivePage", "PagePayload!", "Takes the Page down for good; its revisions and decisions stay as the record. Agencies under a mandate.", SermoRoles.Agency,
                ([Service] PageCommands c, PageIdInput input, PageCaller caller, CancellationToken ct) => c.ArchivePageAsync(input, caller, ct));
            Team(mutation, "suspendPage", "PagePayload!", "Takes a Page out of members' sight, and stops its publication, until reinstated. Staff.", SermoRoles.Staff,
                ([Service] PageModerationCommands c, SuspendPageInput input, PageCaller caller, CancellationToken ct) => c.SuspendPageAsync(input, caller, ct));
            Team(mutation, "reinstatePage", "PagePayload!", "Lifts a suspension. Staff.", SermoRoles.Staff,
                ([Service] PageModerationCommands c, PageIdInput input, PageCaller caller, CancellationToken ct) => c.ReinstatePageAsync(input, caller, ct));
            Team(mutation, "createPost", "PagePostPayload!", "Drafts a post on a Page. Agencies under a mandate.", SermoRoles.Agency,
                ([Service] PagePostCommands c, CreatePostInput input, PageCaller caller, CancellationToken ct) => c.CreatePostAsync(input, caller, ct));
            Team(mutation, "revisePost", "PagePostPayload!", "Writes the post's next revision (a draft); a published post never changes. Agencies under a mandate.", SermoRoles.Agency,
                ([Service] PagePostCommands c, RevisePostInput input, PageCaller caller, CancellationToken ct) => c.RevisePostAsync(input, caller, ct));
            Team(mutation, "submitPost", "PagePostPayload!", "Sends a draft post to the organisation's reviewers, checking the content rules. Agencies under a mandate.", SermoRoles.Agency,
                ([Service] PagePostCommands c, PostIdInput input, PageCaller caller, CancellationToken ct) => c.SubmitPostAsync(input, caller, ct));
            Team(mutation, "decidePost", "PagePostPayload!", "Approves a post in review or requests changes with a reason. Reviewers of the Page's organisation who did not write it.", SermoRoles.Reviewer,
                ([Service] PageReviewCommands c, DecidePostInput input, PageCaller caller, CancellationToken ct) => c.DecidePostAsync(input, caller, ct));
            Team(mutation, "publishPost", "PagePostPayload!", "Publishes an approved post on a live Page; followers hear of it. Agencies under a mandate.", SermoRoles.Agency,
                ([Service] PagePostCommands c, PublishPostInput input, PageCaller caller, CancellationToken ct) => c.PublishPostAsync(input, caller, ct));
            Team(mutation, "withdrawPost", "PagePostPayload!", "Takes a published post down; it stays as the record. Agencies under a mandate.", SermoRoles.Agency,
                ([Service] PagePostCommands c, PostIdInput input, PageCaller caller, CancellationToken ct) => c.WithdrawPostAsync(input, caller, ct));
            Member(mutation, "followPage", "PagePayload!", "Follows a live Page (again: no change). Verified members.",
                ([Service] PageEngagementCommands c, PageIdInput input, PageCaller caller, CancellationToken ct) => c.FollowAsync(input, caller, ct));
            Member(mutation, "unfollowPage", "PagePayload!", "Stops following a Page. Verified members.",
                ([Service] PageEngagementCommands c, PageIdInput input, PageCaller caller, CancellationToken ct) => c.UnfollowAsync(input, caller, ct));
            Member(mutation, "recordPageView", "PagePayload!", "Counts the caller as a viewer of a live Page today (once a day, however often). Frontends call it when they show the Page. Verified members.",
                ([Service] PageEngagementCommands c, PageIdInput input, PageCaller caller, CancellationToken ct) => c.RecordViewAsync(input, caller, ct));
            Member(mutation, "reactToPost", "PagePostPayload!", "Reacts to a published post (again: the reaction changes). Verified members.",
                ([Service] PageEngagementCommands c, ReactToPostInput input, PageCaller caller, CancellationToken ct) => c.ReactAsync(input, caller, ct));
        });

        Subscriptions(schema);
    }

    private static void Subscriptions(SchemaComposition schema) => schema.Subscription(subscription =>
    {
        subscription.Field("pageSubmissions").Type("PageSubmission!").AuthorizeRoles(SermoRoles.Reviewer)
            .Description("Revisions of the reviewer's organisation's Pages and posts sent for review, from now on. Reviewers.")
            .Subscribe(PageSubscriptions.SubmissionsAsync)
            .Resolve(context => context.Parent);
        subscription.Field("pageDecisions").Type("PageDecisionMade!").AuthorizeRoles(SermoRoles.Agency)
            .Description("Reviewers' decisions on an organisation's Pages and posts, from now on. Agencies acting for the organisation.")
            .Argument("organisationId", "ID!", "The organisation.")
            .Subscribe(PageSubscriptions.DecisionsAsync)
            .Resolve(context => context.Parent);
        subscription.Field("followedPagePosts").Type("PagePostPublished!")
            .AuthorizeRoles(SermoRoles.Physician).AuthorizePolicy(SermoPolicies.CommunityMember)
            .Description("Posts published from now on on the Pages the caller follows. Verified members.")
            .Subscribe(PageSubscriptions.FollowedPostsAsync)
            .Resolve(context => context.Parent);
    });

    /// <summary>A mutation of the workflow: one role at the door, then the command asks the organisation-team policy of
    /// the Page it loads (not found when refused) and the domain's mandate or reviewer rule.</summary>
    private static void Team(ObjectTypeDescriptor<object> mutation, string name, string payloadType, string description, string role, Delegate run) =>
        mutation.Field(name).Type(payloadType).AuthorizeRoles(role).Description(description).ResolveWith(run);

    /// <summary>A member's engagement: the physician role at the door, the member's standing decided by the domain.</summary>
    private static void Member(ObjectTypeDescriptor<object> mutation, string name, string payloadType, string description, Delegate run) =>
        mutation.Field(name).Type(payloadType).AuthorizeRoles(SermoRoles.Physician).Description(description).ResolveWith(run);

    private static PageVisibility Visibility(IResolverContext context) => context.Services.GetRequiredService<PageVisibility>();

    private static Task<bool> MaySeeAsync(Page page, IResolverContext context) =>
        Visibility(context).MaySeeAsync(page, new Caller(context.User), context.CancellationToken);
}
