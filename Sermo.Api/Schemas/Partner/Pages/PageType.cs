using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Api.Schemas.Partner.Drugs;
using Sermo.Domain.Pages;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>Page</c>: what every caller who may see the Page reads (its address, owner, live content and published
/// posts, and a member's own follow), and what only the organisation's team and staff read (the workflow: state,
/// staging revision, history, review decisions, every post, engagement), each of those fields asking
/// <see cref="SermoPolicies.OrganisationTeam"/> of this Page before it is resolved.</summary>
public sealed class PageType : ObjectTypeConfiguration<Page>
{
    public override void Configure(ObjectTypeDescriptor<Page> type)
    {
        type.Description("An organisation's Page: branding, about text, brand or company information and posts, published after its regulatory review.");
        type.AuthorizeRoles(PageRoles.All);
        type.Field(p => p.Slug).Description("The Page's address, unique across Pages.");
        type.Field("organisation").Type("Organisation!").Description("The organisation that owns the Page.")
            .ResolveWith(([Parent] Page p, OrganisationById organisations) => organisations.LoadAsync(p.OrganisationId));
        type.Field("isLive").Type("Boolean!").Description("Whether members see the Page: published, not archived, not suspended.")
            .ResolveWith(([Parent] Page p) => p.IsLive);
        type.Field("live").Type("PageContent").Description("The content members see; null while the Page is not live.")
            .ResolveWith(async ([Parent] Page p, RevisionsByPage revisions) =>
                p.IsLive ? (await RevisionAsync(p, p.LiveRevision, revisions))?.Content : null);
        type.Field(p => p.PublishedAt).Description("When a revision last went live; null before the first.");
        type.Field("posts").Type("[PagePost!]!").Description("The published posts, newest first; empty while the Page is not live.")
            .ResolveWith(async ([Parent] Page p, PostsByPage posts) =>
                p.IsLive ? [.. (await posts.LoadAsync(p.Id) ?? []).Where(post => post.State == ReviewState.Published)] : new List<PagePost>());
        type.Field("viewerFollows").Type("Boolean!").Description("Whether the caller follows the Page; false for callers acting for no member. Only ever the caller's own.")
            .ResolveWith(async ([Parent] Page p, Caller caller, FollowByFollower follows) =>
                caller.PhysicianId is { } member && await follows.LoadAsync(new PageMember(p.Id, member)) is not null);

        // The team's side: nullable, so a refusal nulls the field alone.
        PageRoles.TeamOnly(type.Field(p => p.State).Type("ReviewState")
            .Description("The staging revision's place in the review workflow, or ARCHIVED."));
        PageRoles.TeamOnly(type.Field("staging").Type("PageRevision")
            .Description("The revision editors work on and reviewers decide on, which renders exactly as the live Page would.")
            .ResolveWith(([Parent] Page p, RevisionsByPage revisions) => RevisionAsync(p, p.StagingRevision, revisions)));
        PageRoles.TeamOnly(type.Field("liveRevision").Type("PageRevision")
            .Description("The revision that went live last (also while the Page is archived or suspended); null before the first publication.")
            .ResolveWith(([Parent] Page p, RevisionsByPage revisions) => RevisionAsync(p, p.LiveRevision, revisions)));
        PageRoles.TeamOnly(type.Field("revisions").Type("[PageRevision!]")
            .Description("Every revision, newest first.")
            .ResolveWith(async ([Parent] Page p, RevisionsByPage revisions) => await revisions.LoadAsync(p.Id) ?? []));
        PageRoles.TeamOnly(type.Field("reviewDecisions").Type("[ReviewDecision!]")
            .Description("The audit trail: every reviewer decision on the Page and its posts, newest first. Nobody edits or deletes one.")
            .ResolveWith(async ([Parent] Page p, DecisionsByPage decisions) => await decisions.LoadAsync(p.Id) ?? []));
        PageRoles.TeamOnly(type.Field("allPosts").Type("[PagePost!]")
            .Description("Every post in every state (drafts, in review, approved, published, withdrawn), newest first.")
            .ResolveWith(async ([Parent] Page p, PostsByPage posts) => await posts.LoadAsync(p.Id) ?? []));
        PageRoles.TeamOnly(type.Field("engagement").Type("PageEngagement")
            .Description($"Followers, viewers and reactions as counts of distinct members over whole calendar periods that have ended; a count below {EngagementDisclosure.MinimumMembers} members shows only as hidden, breakdowns hide more cells so that no hidden one can be worked out, and a follower count is hidden where fewer than {EngagementDisclosure.MinimumMembers} members changed since another shown one. Never who.")
            .Argument("from", "Date!", "The first day to count; widened to the start of its period.")
            .Argument("to", "Date!", "The last day to count; widened to the end of its period.")
            .Argument("period", "EngagementPeriod", "DAY, WEEK or MONTH (the default).")
            .ResolveWith(([Parent] Page p, IResolverContext context, [Service] PageEngagementReader reader) =>
                reader.ReadAsync(p, EngagementWindow.Of((DateOnly)context.Arguments["from"]!, (DateOnly)context.Arguments["to"]!,
                    context.Arguments.GetValueOrDefault("period") as EngagementPeriod? ?? EngagementPeriod.Month), context.CancellationToken)));
        PageRoles.TeamOnly(type.Field(p => p.CreatedAt).Type("DateTime").Description("When the Page was created."));
        PageRoles.TeamOnly(type.Field(p => p.ArchivedAt).Description("When the Page was archived; null unless it is."));
        PageRoles.TeamOnly(type.Field(p => p.SuspendedAt).Description("When staff suspended the Page; null unless suspended."));
        PageRoles.TeamOnly(type.Field(p => p.SuspensionReason).Description("Why staff suspended the Page; null unless suspended."));
    }

    private static async Task<PageRevision?> RevisionAsync(Page page, int? number, RevisionsByPage revisions) =>
        number is { } wanted ? (await revisions.LoadAsync(page.Id) ?? []).FirstOrDefault(r => r.Number == wanted) : null;
}
