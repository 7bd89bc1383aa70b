using Sermo.Domain;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;

namespace Sermo.Tests.Domain;

public class PageTests
{
    private static Page DraftPage() => Page.Create(Given.Pharma(), "cardiva", Given.ReminderAd(), "editor@agency", Given.Now);

    private static Page PublishedPage()
    {
        var page = DraftPage();
        page.SubmitForReview();
        page.RecordDecision(1, "mlr@helix", ReviewOutcome.Approved, null, Given.Now);
        page.Publish(1, Given.Now);
        return page;
    }

    [Fact]
    public void Draft_review_approval_and_publication_make_the_exact_revision_live()
    {
        var page = PublishedPage();

        Assert.Equal(ReviewState.Published, page.State);
        Assert.Equal(1, page.LiveRevision);
        Assert.True(page.IsLive);
        var decision = Assert.Single(page.Decisions);
        Assert.Equal(("mlr@helix", 1, ReviewOutcome.Approved), (decision.Reviewer, decision.Revision, decision.Outcome));
    }

    [Fact]
    public void A_page_cannot_go_live_without_an_approval()
    {
        var page = DraftPage();

        var error = Assert.Throws<DomainRuleException>(() => page.Publish(1, Given.Now));

        Assert.Equal(DomainErrorCodes.PageVersionNotApproved, error.Code);
        Assert.Null(page.LiveRevision);
    }

    [Fact]
    public void An_approval_of_an_earlier_revision_does_not_let_a_later_one_go_live()
    {
        var page = DraftPage();
        page.SubmitForReview();
        page.RecordDecision(1, "mlr@helix", ReviewOutcome.Approved, null, Given.Now);
        page.Revise(Given.ReminderAd("Cardiva XR"), "editor@agency", Given.Now);

        var stale = Assert.Throws<DomainRuleException>(() => page.Publish(1, Given.Now));
        var unapproved = Assert.Throws<DomainRuleException>(() => page.Publish(2, Given.Now));

        Assert.Equal(DomainErrorCodes.PageRevisionMismatch, stale.Code);
        Assert.Equal(DomainErrorCodes.PageVersionNotApproved, unapproved.Code);
    }

    [Fact]
    public void Staging_is_edited_beside_the_live_revision_which_stays_visible()
    {
        var page = PublishedPage();

        page.Revise(Given.ReminderAd("Cardiva XR"), "editor@agency", Given.Now);

        Assert.Equal(ReviewState.Draft, page.State);
        Assert.Equal(2, page.StagingRevision);
        Assert.Equal("Cardiva", page.Live!.Title);
        Assert.Equal("Cardiva XR", page.Staging.Title);
        Assert.True(page.IsLive);
    }

    [Fact]
    public void Changes_requested_send_the_page_back_to_draft_and_need_a_reason()
    {
        var page = DraftPage();
        page.SubmitForReview();
        Assert.Throws<DomainRuleException>(() => page.RecordDecision(1, "mlr@helix", ReviewOutcome.ChangesRequested, " ", Given.Now));

        page.RecordDecision(1, "mlr@helix", ReviewOutcome.ChangesRequested, "Logo is outdated", Given.Now);

        Assert.Equal(ReviewState.Draft, page.State);
        Assert.Equal("Logo is outdated", page.Decisions.Single().Reason);
    }

    [Fact]
    public void Editors_cannot_review_their_own_revision_nor_edit_while_in_review()
    {
        var page = DraftPage();
        page.SubmitForReview();

        Assert.Throws<DomainRuleException>(() => page.RecordDecision(1, "EDITOR@agency", ReviewOutcome.Approved, null, Given.Now));
        var editing = Assert.Throws<DomainRuleException>(() => page.Revise(Given.ReminderAd(), "editor@agency", Given.Now));
        Assert.Equal(DomainErrorCodes.InvalidStateTransition, editing.Code);
    }

    [Fact]
    public void Product_claims_need_important_safety_information_before_review_but_reminder_ads_do_not()
    {
        var page = Page.Create(Given.Pharma(), "cardiva-claims", Given.ClaimWithoutSafetyInformation(), "editor@agency", Given.Now);

        var error = Assert.Throws<DomainRuleException>(page.SubmitForReview);
        Assert.Equal(DomainErrorCodes.SafetyInformationRequired, error.Code);

        page.Revise(Given.ClaimWithoutSafetyInformation() with { }, "editor@agency", Given.Now);
        page.Revise(new PageContent("Cardiva", null, "Cardiva lowers LDL by 50%.", null, null, null, ContentKind.ProductClaim, "Do not use in pregnancy."), "editor@agency", Given.Now);
        page.SubmitForReview();
        Assert.Equal(ReviewState.InReview, page.State);
    }

    [Fact]
    public void An_archived_page_is_not_live_and_takes_no_edits()
    {
        var page = PublishedPage();

        page.Archive(Given.Now);

        Assert.False(page.IsLive);
        Assert.Throws<DomainRuleException>(() => page.Revise(Given.ReminderAd(), "editor@agency", Given.Now));
        Assert.Throws<DomainRuleException>(() => page.Archive(Given.Now));
    }

    [Fact]
    public void Posts_follow_the_same_review_and_keep_their_decisions_apart()
    {
        var page = PublishedPage();
        var post = page.DraftPost(new PostContent("Visit us at ACC.26", null, ContentKind.Unbranded, null), "editor@agency", Given.Now);
        Assert.Throws<DomainRuleException>(() => page.PublishPost(post.Id, 1, Given.Now));

        page.SubmitPost(post.Id);
        page.RecordPostDecision(post.Id, 1, "mlr@helix", ReviewOutcome.Approved, null, Given.Now);
        page.PublishPost(post.Id, 1, Given.Now);

        Assert.Equal(ReviewState.Published, post.State);
        Assert.Equal(post.Id, page.Decisions.Last().PostId);
    }

    [Fact]
    public void A_page_approval_does_not_count_for_a_post()
    {
        var page = DraftPage();
        var post = page.DraftPost(new PostContent("News", null, ContentKind.Unbranded, null), "editor@agency", Given.Now);
        page.SubmitForReview();
        page.RecordDecision(1, "mlr@helix", ReviewOutcome.Approved, null, Given.Now);
        page.SubmitPost(post.Id);

        var error = Assert.Throws<DomainRuleException>(() => page.PublishPost(post.Id, 1, Given.Now));

        Assert.Equal(DomainErrorCodes.PageVersionNotApproved, error.Code);
    }

    [Theory]
    [InlineData("Cardiva Brand")]
    [InlineData("-cardiva")]
    [InlineData("cardiva--x")]
    public void Slugs_are_url_safe(string slug)
    {
        Assert.Throws<DomainRuleException>(() => Page.Create(Given.Pharma(), slug, Given.ReminderAd(), "editor", Given.Now));
    }

    [Fact]
    public void Images_must_be_https()
    {
        Assert.Throws<DomainRuleException>(() =>
            new PageContent("T", null, "About", "http://insecure.example.org/logo.png", null, null, ContentKind.Unbranded, null));
    }

    [Fact]
    public void An_agency_acts_only_while_mandated()
    {
        var organisation = Given.Pharma();
        var agency = new Agency("Blue Pill Creative", "GB", Given.Now);
        Assert.Throws<DomainRuleException>(() => organisation.EnsureRepresentedBy(agency.Id, Given.Now));

        organisation.GrantMandate(agency, Given.Now);
        organisation.EnsureRepresentedBy(agency.Id, Given.Now.AddDays(1));
        organisation.RevokeMandate(agency.Id, Given.Now.AddDays(2));

        Assert.True(organisation.IsRepresentedBy(agency.Id, Given.Now.AddDays(1)));
        Assert.False(organisation.IsRepresentedBy(agency.Id, Given.Now.AddDays(3)));
    }
}
