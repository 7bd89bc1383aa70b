using Sermo.Domain;
using Sermo.Domain.Pages;

namespace Sermo.Tests.Domain;

public class PageEngagementTests
{
    private static readonly Given.PageTeam Team = Given.Team();

    private static (Page Page, PagePost Post) LivePageWithPost()
    {
        var page = Page.Create(Team.Organisation, "cardiva", Given.ReminderAd(), [], Team.Editor, Given.Now);
        page.SubmitForReview(Team.Editor, Given.Now);
        page.RecordDecision(Team.Reviewer, 1, ReviewOutcome.Approved, null, Given.Now);
        page.Publish(Team.Editor, 1, Given.Now);
        var post = page.DraftPost(Given.Post(), [], Team.Editor, Given.Now);
        page.SubmitPost(post.Id, Team.Editor, Given.Now);
        page.RecordPostDecision(Team.Reviewer, post.Id, 1, ReviewOutcome.Approved, null, Given.Now);
        page.PublishPost(Team.Editor, post.Id, 1, Given.Now);
        return (page, post);
    }

    [Fact]
    public void A_follow_and_a_view_keep_the_specialty_and_country_the_member_had_so_a_profile_change_moves_no_past_count()
    {
        var (page, _) = LivePageWithPost();
        var member = Given.VerifiedPhysician();
        var (specialty, country) = (member.SpecialtyCode, member.CountryCode);

        var follow = PageFollow.Start(page, member, Given.Now);
        var view = PageView.Record(page, member, Given.Now);
        member.UpdateProfile(specialty == "dermatology" ? "medical-oncology" : "dermatology", country == "DE" ? "JP" : "DE", member.Languages, 10);

        Assert.NotEqual(specialty, member.SpecialtyCode);
        Assert.Equal((specialty, country), (follow.SpecialtyCode, follow.CountryCode));
        Assert.Equal((specialty, country), (view.SpecialtyCode, view.CountryCode));
        var later = PageFollow.Start(page, member, Given.Now.AddDays(1));
        Assert.Equal((member.SpecialtyCode, member.CountryCode), (later.SpecialtyCode, later.CountryCode));
    }

    [Fact]
    public void Verified_members_follow_view_and_react_to_live_pages()
    {
        var (page, post) = LivePageWithPost();
        var member = Given.VerifiedPhysician();

        var follow = PageFollow.Start(page, member, Given.Now);
        var view = PageView.Record(page, member, Given.Now.AddHours(5));
        var reaction = PostReaction.React(page, post.Id, member, ReactionKind.Insightful, Given.Now);
        reaction.Change(ReactionKind.Like);
        follow.End(member, Given.Now.AddDays(1));

        Assert.False(follow.IsActive);
        Assert.Equal(DateOnly.FromDateTime(Given.Now), view.Day);
        Assert.Equal(ReactionKind.Like, reaction.Kind);
        Assert.Throws<DomainRuleException>(() => follow.End(member, Given.Now.AddDays(2)));
    }

    [Fact]
    public void Pages_that_are_not_live_and_posts_not_published_take_no_engagement()
    {
        var (page, _) = LivePageWithPost();
        var draft = page.DraftPost(Given.Post("Draft"), [], Team.Editor, Given.Now);
        var member = Given.VerifiedPhysician();
        var notLive = Page.Create(Team.Organisation, "unpublished", Given.ReminderAd(), [], Team.Editor, Given.Now);

        Assert.Equal(DomainErrorCodes.PageNotLive, Assert.Throws<DomainRuleException>(() => PageFollow.Start(notLive, member, Given.Now)).Code);
        Assert.Equal(DomainErrorCodes.PageNotLive, Assert.Throws<DomainRuleException>(() => PostReaction.React(page, draft.Id, member, ReactionKind.Like, Given.Now)).Code);
        page.Suspend(StaffIdentity.Of("staff"), "Reported", Given.Now);
        Assert.Equal(DomainErrorCodes.PageNotLive, Assert.Throws<DomainRuleException>(() => PageView.Record(page, member, Given.Now)).Code);
    }

    [Fact]
    public void Members_outside_the_community_take_no_part()
    {
        var (page, post) = LivePageWithPost();
        var applicant = Given.Applicant();

        Assert.Equal(DomainErrorCodes.PhysicianNotVerified, Assert.Throws<DomainRuleException>(() => PageFollow.Start(page, applicant, Given.Now)).Code);
        Assert.Equal(DomainErrorCodes.PhysicianNotVerified, Assert.Throws<DomainRuleException>(() => PostReaction.React(page, post.Id, applicant, ReactionKind.Like, Given.Now)).Code);
    }
}
