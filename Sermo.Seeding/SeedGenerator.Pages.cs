using Sermo.Domain.Drugs;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;

namespace Sermo.Seeding;

/// <summary>The Pages part of the seed: Pages in every state of the workflow, their posts and decisions, and members'
/// engagement with the live ones.</summary>
public sealed partial class SeedGenerator
{
    /// <summary>The states the Pages cycle through, so a small seed has each.</summary>
    private enum PageStage { Published, PublishedWithDraft, InReview, Approved, Draft, Archived, ChangesRequested }

    private static readonly int StageCount = Enum.GetValues<PageStage>().Length;

    private List<Page> Pages(List<Organisation> organisations, List<Agency> agencies, List<Drug> drugs)
    {
        var pages = new List<Page>(plan.Pages);
        if (agencies.Count == 0)
            return pages;
        // The organisation first by name owns one Page in each state: the IDE's reviewer tab reviews for it, and the
        // agency first by name acts for it too (the IDE's agency tab).
        var first = organisations.MinBy(o => o.Name, StringComparer.Ordinal)!;
        var firstAgency = agencies.MinBy(a => a.Name, StringComparer.Ordinal)!;
        first.GrantMandate(firstAgency, SeedPlan.AsOf.AddYears(-3));
        for (var i = 0; i < plan.Pages; i++)
        {
            var owner = i < StageCount ? first : organisations[i % organisations.Count];
            var stage = (PageStage)(i % StageCount);
            var created = SeedPlan.AsOf.AddDays(-400 + i % 300);
            var agency = owner.Mandates.First(m => m.RevokedAt is null).AgencyId;
            var editor = EditorIdentity.ActingFor(owner, agency, $"editor{i % 7 + 1}@agency.example.com", created);
            var reviewer = ReviewerIdentity.Of(owner.Id, $"mlr{i % 3 + 1}@{Slug(owner.Name)}.example.com");
            var brand = drugs.FirstOrDefault(d => d.ManufacturerId == owner.Id);
            var (logo, cover) = ImagesOf(owner, agency, created);
            IReadOnlyCollection<StoredImage> images = [logo.Image, cover.Image];
            var page = Page.Create(owner, $"{Slug(brand?.BrandName ?? owner.Name)}-{i + 1}", Content(owner, brand, claims: i % 4 == 1, images), images, editor, created);
            if (stage != PageStage.Draft)
            {
                page.SubmitForReview(editor, created);
                if (i % 5 == 2 || stage == PageStage.ChangesRequested)
                {
                    page.RecordDecision(reviewer, page.StagingRevision, ReviewOutcome.ChangesRequested, Pick(SeedTexts.ReviewReasons), created.AddDays(1));
                    if (stage != PageStage.ChangesRequested)
                    {
                        page.Revise(Content(owner, brand, claims: false, images), images, editor, created.AddDays(2));
                        page.SubmitForReview(editor, created.AddDays(2));
                    }
                }
                if (stage is not (PageStage.InReview or PageStage.ChangesRequested))
                    page.RecordDecision(reviewer, page.StagingRevision, ReviewOutcome.Approved, null, created.AddDays(3));
                if (stage is PageStage.Published or PageStage.PublishedWithDraft or PageStage.Archived)
                    page.Publish(editor, page.StagingRevision, created.AddDays(4));
                if (stage is PageStage.Published or PageStage.PublishedWithDraft)
                    Posts(page, editor, reviewer, created, i, cover.Image);
                if (stage == PageStage.PublishedWithDraft)
                    page.Revise(Content(owner, brand, claims: false, images), images, editor, created.AddDays(40));
                if (stage == PageStage.Archived)
                    page.Archive(editor, created.AddDays(200));
            }
            // One live Page of another organisation is suspended by staff.
            if (i == StageCount * 2)
                page.Suspend(StaffIdentity.Of("community-team"), "Reported by members: the cover image is a competitor's product.", created.AddDays(60));
            pages.Add(page);
        }
        return pages;
    }

    /// <summary>Posts on a live Page: published ones, one waiting for review, one draft.</summary>
    private void Posts(Page page, EditorIdentity editor, ReviewerIdentity reviewer, DateTime created, int index, StoredImage cover)
    {
        for (var p = 0; p < 2 + index % 3; p++)
        {
            // The first post of a Page shows its cover.
            var post = page.DraftPost(new PostContent(Pick(SeedTexts.PostBodies), p == 0 ? cover.Id : null, ContentKind.Unbranded, null, null),
                [cover], editor, created.AddDays(10 + p));
            if (p == 3)
                continue;
            page.SubmitPost(post.Id, editor, created.AddDays(10 + p));
            if (p == 2)
                continue;
            page.RecordPostDecision(reviewer, post.Id, post.Revision, ReviewOutcome.Approved, null, created.AddDays(11 + p));
            page.PublishPost(editor, post.Id, post.Revision, created.AddDays(12 + p));
        }
    }

    /// <param name="images">The organisation's logo and cover, shown by every revision.</param>
    private PageContent Content(Organisation owner, Drug? brand, bool claims, IReadOnlyCollection<StoredImage> images)
    {
        var colour = $"#{_random.Next(0x1000000):X6}";
        var (logo, cover) = (images.First().Id, images.Last().Id);
        if (owner.Kind != OrganisationKind.PharmaCompany || brand is null)
            return new PageContent(owner.Name, "Supporting physicians", $"{owner.Name} works with physicians worldwide.",
                $"{owner.Name} is based in {owner.CountryCode}.", null, logo, cover, colour, null, ContentKind.Unbranded, null);
        return claims
            ? new PageContent(brand.BrandName, brand.GenericName, $"{brand.BrandName} ({brand.GenericName}) showed significant benefit in its pivotal trial.",
                $"Marketed by {owner.Name}.", brand.BrandName, logo, cover, colour, "#FFFFFF",
                ContentKind.ProductClaim, $"Important Safety Information: {brand.BrandName} can cause serious side effects. See full prescribing information.")
            : new PageContent(brand.BrandName, brand.GenericName, $"{brand.BrandName} ({brand.GenericName}). Ask your representative for more information.",
                $"Marketed by {owner.Name}.", brand.BrandName, logo, cover, colour, null, ContentKind.ReminderAd, null);
    }

    /// <summary>Follows, daily views and reactions on the live Pages: the first live Page draws about half the verified
    /// members (so the large specialty groups and regions pass the threshold of 11 and the small ones do not), the
    /// others a smaller share; bounded per Page so the scale seed stays quick.</summary>
    private PageEngagement Engagement(List<Page> pages, List<Physician> physicians)
    {
        var members = physicians.Where(p => p.IsVerified).ToList();
        var follows = new List<PageFollow>();
        var views = new List<PageView>();
        var reactions = new List<PostReaction>();
        var live = pages.Where(p => p.IsLive).ToList();
        for (var i = 0; i < live.Count && members.Count > 0; i++)
        {
            var page = live[i];
            var share = i == 0 ? 0.5 : 0.12;
            var audience = members.Where(_ => _random.NextDouble() < share).Take(2_000).ToList();
            var since = page.PublishedAt!.Value;
            foreach (var member in audience)
            {
                var followedAt = Between(since, SeedPlan.AsOf);
                var follow = PageFollow.Start(page, member, followedAt);
                if (_random.NextDouble() < 0.1)
                    follow.End(member, Between(followedAt, SeedPlan.AsOf));
                follows.Add(follow);
                foreach (var day in Enumerable.Range(0, 3).Select(_ => Between(followedAt, SeedPlan.AsOf).Date).Distinct())
                    views.Add(PageView.Record(page, member, DateTime.SpecifyKind(day, DateTimeKind.Utc)));
                foreach (var post in page.Posts.Where(p => p.State == ReviewState.Published && _random.NextDouble() < 0.4))
                    reactions.Add(PostReaction.React(page, post.Id, member, Pick(Enum.GetValues<ReactionKind>()), Max(followedAt, post.PublishedAt!.Value)));
            }
        }
        return new PageEngagement(follows, views, reactions);
    }

    private DateTime Between(DateTime from, DateTime to) => from.AddMinutes((to - from).TotalMinutes * _random.NextDouble());
}
