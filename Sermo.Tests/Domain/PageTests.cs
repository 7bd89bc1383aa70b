using Sermo.Domain;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;

namespace Sermo.Tests.Domain;

public class PageTests
{
    private static readonly Given.PageTeam Team = Given.Team();

    private static Page DraftPage(string slug = "cardiva") => Page.Create(Team.Organisation, slug, Given.ReminderAd(), [], Team.Editor, Given.Now);

    private static Page InReviewPage()
    {
        var page = DraftPage();
        page.SubmitForReview(Team.Editor, Given.Now);
        return page;
    }

    private static Page PublishedPage()
    {
        var page = InReviewPage();
        page.RecordDecision(Team.Reviewer, 1, ReviewOutcome.Approved, null, Given.Now);
        page.Publish(Team.Editor, 1, Given.Now);
        return page;
    }

    [Fact]
    public void Draft_review_approval_and_publication_make_the_exact_revision_live()
    {
        var page = PublishedPage();

        Assert.Equal(ReviewState.Published, page.State);
        Assert.Equal(ReviewState.Published, page.Live!.State);
        Assert.Equal(1, page.LiveRevision);
        Assert.True(page.IsLive);
        var decision = Assert.Single(page.Decisions);
        Assert.Equal((Team.Reviewer, 1, ReviewOutcome.Approved), (decision.Reviewer, decision.Revision, decision.Outcome));
        Assert.Equal(page.Live.ContentHash, decision.ContentHash);
    }

    [Fact]
    public void Submitting_moves_the_revision_to_review()
    {
        var page = InReviewPage();

        Assert.Equal((ReviewState.InReview, ReviewState.InReview), (page.State, page.Staging.State));
        Assert.Equal(Given.Now, page.Staging.SubmittedAt);
        Assert.Throws<DomainRuleException>(() => page.SubmitForReview(Team.Editor, Given.Now));
    }

    [Fact]
    public void A_page_cannot_go_live_without_an_approval()
    {
        var page = InReviewPage();

        var error = Assert.Throws<DomainRuleException>(() => page.Publish(Team.Editor, 1, Given.Now));

        Assert.Equal(DomainErrorCodes.PageVersionNotApproved, error.Code);
        Assert.Null(page.LiveRevision);
    }

    [Fact]
    public void Any_edit_after_approval_starts_a_new_draft_that_the_old_approval_does_not_cover()
    {
        var page = InReviewPage();
        page.RecordDecision(Team.Reviewer, 1, ReviewOutcome.Approved, null, Given.Now);
        page.Revise(Given.ReminderAd("Cardiva XR"), [], Team.Editor, Given.Now);

        var stale = Assert.Throws<DomainRuleException>(() => page.Publish(Team.Editor, 1, Given.Now));
        var unapproved = Assert.Throws<DomainRuleException>(() => page.Publish(Team.Editor, 2, Given.Now));

        Assert.Equal((ReviewState.Draft, 2), (page.State, page.StagingRevision));
        Assert.Equal(DomainErrorCodes.PageRevisionMismatch, stale.Code);
        Assert.Equal(DomainErrorCodes.PageVersionNotApproved, unapproved.Code);
    }

    [Fact]
    public void Content_hashes_are_of_a_canonical_form_so_equal_content_hashes_alike_and_any_change_differs()
    {
        var composed = Given.ReminderAd("Café");
        var decomposed = Given.ReminderAd("Cafe\u0301");

        Assert.Equal(composed.Hash, decomposed.Hash);
        Assert.Matches("^[0-9a-f]{64}$", composed.Hash);
        Assert.Equal(Given.ReminderAd("Cardiva").Hash, Given.ReminderAd(" Cardiva ").Hash);
        Assert.NotEqual(Given.ReminderAd("Cardiva").Hash, Given.ReminderAd("Cardiva XR").Hash);
        Assert.NotEqual(Given.ReminderAd(logo: Team.Logo.Id).Hash, Given.ReminderAd().Hash);
    }

    [Fact]
    public void A_published_revision_never_changes_and_publishing_the_next_archives_it()
    {
        var page = PublishedPage();
        var first = page.Live!;
        var hash = first.ContentHash;

        page.Revise(Given.ReminderAd("Cardiva XR"), [], Team.Editor, Given.Now);
        page.SubmitForReview(Team.Editor, Given.Now);
        page.RecordDecision(Team.Reviewer, 2, ReviewOutcome.Approved, null, Given.Now);
        page.Publish(Team.Editor, 2, Given.Now);

        Assert.Equal(("Cardiva", hash, ReviewState.Archived), (first.Title, first.ContentHash, first.State));
        Assert.Equal(("Cardiva XR", 2), (page.Live!.Title, page.LiveRevision));
    }

    [Fact]
    public void A_live_page_cannot_be_resubmitted_without_a_new_revision()
    {
        var page = PublishedPage();

        var error = Assert.Throws<DomainRuleException>(() => page.SubmitForReview(Team.Editor, Given.Now));

        Assert.Equal(DomainErrorCodes.InvalidStateTransition, error.Code);
    }

    [Fact]
    public void Staging_is_edited_beside_the_live_revision_which_stays_visible()
    {
        var page = PublishedPage();

        page.Revise(Given.ReminderAd("Cardiva XR"), [], Team.Editor, Given.Now);

        Assert.Equal(ReviewState.Draft, page.State);
        Assert.Equal(2, page.StagingRevision);
        Assert.Equal("Cardiva", page.Live!.Title);
        Assert.Equal("Cardiva XR", page.Staging.Title);
        Assert.True(page.IsLive);
    }

    [Fact]
    public void Changes_requested_need_a_reason_and_the_next_edit_starts_a_new_draft()
    {
        var page = InReviewPage();
        var missing = Assert.Throws<DomainRuleException>(() => page.RecordDecision(Team.Reviewer, 1, ReviewOutcome.ChangesRequested, " ", Given.Now));
        Assert.Equal("Reason", missing.Field);

        page.RecordDecision(Team.Reviewer, 1, ReviewOutcome.ChangesRequested, "Logo is outdated", Given.Now);

        Assert.Equal((ReviewState.ChangesRequested, ReviewState.ChangesRequested), (page.State, page.Staging.State));
        Assert.Equal("Logo is outdated", page.Decisions.Single().Reason);
        Assert.Throws<DomainRuleException>(() => page.SubmitForReview(Team.Editor, Given.Now));
        page.Revise(Given.ReminderAd(), [], Team.Editor, Given.Now);
        Assert.Equal((ReviewState.Draft, 2), (page.State, page.StagingRevision));
        Assert.Equal(ReviewState.ChangesRequested, page.Revisions[0].State);
    }

    [Fact]
    public void An_author_cannot_review_their_own_revision_whatever_the_organisation_says()
    {
        var page = InReviewPage();
        var sameSubject = ReviewerIdentity.Of(Team.Organisation.Id, "editor@agency");
        var otherCase = ReviewerIdentity.Of(Team.Organisation.Id, "EDITOR@agency");

        var error = Assert.Throws<DomainRuleException>(() => page.RecordDecision(sameSubject, 1, ReviewOutcome.Approved, null, Given.Now));
        page.RecordDecision(otherCase, 1, ReviewOutcome.Approved, null, Given.Now);

        Assert.Equal(DomainErrorCodes.SelfReview, error.Code);
        Assert.Equal(ReviewState.Approved, page.State);
    }

    [Fact]
    public void A_reviewer_of_another_organisation_cannot_decide()
    {
        var page = InReviewPage();
        var outsider = ReviewerIdentity.Of(Given.Pharma("Other Pharma").Id, "mlr@other");

        var error = Assert.Throws<DomainRuleException>(() => page.RecordDecision(outsider, 1, ReviewOutcome.Approved, null, Given.Now));

        Assert.Equal(DomainErrorCodes.ReviewerNotOfOrganisation, error.Code);
        Assert.Empty(page.Decisions);
    }

    [Fact]
    public void Decisions_on_a_revision_not_in_review_or_not_current_are_refused()
    {
        var draft = DraftPage();
        Assert.Equal(DomainErrorCodes.InvalidStateTransition,
            Assert.Throws<DomainRuleException>(() => draft.RecordDecision(Team.Reviewer, 1, ReviewOutcome.Approved, null, Given.Now)).Code);
        var page = InReviewPage();
        Assert.Equal(DomainErrorCodes.PageRevisionMismatch,
            Assert.Throws<DomainRuleException>(() => page.RecordDecision(Team.Reviewer, 2, ReviewOutcome.Approved, null, Given.Now)).Code);
    }

    [Fact]
    public void Editing_while_in_review_is_refused()
    {
        var page = InReviewPage();

        var editing = Assert.Throws<DomainRuleException>(() => page.Revise(Given.ReminderAd(), [], Team.Editor, Given.Now));

        Assert.Equal(DomainErrorCodes.InvalidStateTransition, editing.Code);
    }

    [Fact]
    public void Every_agency_action_needs_a_current_mandate_for_the_pages_organisation()
    {
        var organisation = Given.Pharma();
        var agency = new Agency("Rogue Creative", "US", Given.Now);
        var refused = Assert.Throws<DomainRuleException>(() => EditorIdentity.ActingFor(organisation, agency.Id, "someone", Given.Now));
        Assert.Equal(DomainErrorCodes.AgencyNotMandated, refused.Code);

        var other = Given.Team("Other Pharma");
        var page = DraftPage();
        foreach (var action in new Action[]
        {
            () => page.Revise(Given.ReminderAd(), [], other.Editor, Given.Now),
            () => page.SubmitForReview(other.Editor, Given.Now),
            () => page.Publish(other.Editor, 1, Given.Now),
            () => page.Archive(other.Editor, Given.Now),
            () => page.DraftPost(Given.Post(), [], other.Editor, Given.Now),
            () => Page.Create(Team.Organisation, "elsewhere", Given.ReminderAd(), [], other.Editor, Given.Now),
        })
        {
            Assert.Equal(DomainErrorCodes.AgencyNotMandated, Assert.Throws<DomainRuleException>(action).Code);
        }

        organisation.GrantMandate(agency, Given.Now);
        organisation.RevokeMandate(agency.Id, Given.Now.AddDays(1));
        Assert.Throws<DomainRuleException>(() => EditorIdentity.ActingFor(organisation, agency.Id, "someone", Given.Now.AddDays(2)));
    }

    [Fact]
    public void Product_claims_need_important_safety_information_before_review_but_reminder_ads_do_not()
    {
        var page = Page.Create(Team.Organisation, "cardiva-claims", Given.ClaimWithoutSafetyInformation(), [], Team.Editor, Given.Now);

        var error = Assert.Throws<PromotionalContentException>(() => page.SubmitForReview(Team.Editor, Given.Now));
        Assert.Equal(DomainErrorCodes.SafetyInformationRequired, error.Code);
        Assert.Equal("Important Safety Information", error.Field);

        page.Revise(new PageContent("Cardiva", null, "Cardiva lowers LDL by 50%.", null, "Cardiva", null, null, null, null, ContentKind.ProductClaim, "Do not use in pregnancy."), [], Team.Editor, Given.Now);
        page.SubmitForReview(Team.Editor, Given.Now);
        Assert.Equal(ReviewState.InReview, page.State);
    }

    [Fact]
    public void A_reminder_ad_with_efficacy_or_safety_claims_is_refused_naming_each_claim_and_where()
    {
        var content = new PageContent("Cardiva", "Clinically proven", "Cardiva lowers LDL by 50%.", "Well tolerated by most patients.", "Cardiva",
            null, null, null, null, ContentKind.ReminderAd, null);
        var page = Page.Create(Team.Organisation, "cardiva-reminder", content, [], Team.Editor, Given.Now);

        var error = Assert.Throws<PromotionalContentException>(() => page.SubmitForReview(Team.Editor, Given.Now));

        Assert.All(error.Findings, f => Assert.Equal(DomainErrorCodes.ClaimInReminderAd, f.Code));
        Assert.Contains(error.Findings, f => f.Field == "Tagline" && f.Message.Contains("\"Clinically proven\"", StringComparison.Ordinal));
        Assert.Contains(error.Findings, f => f.Field == "About text" && f.Message.Contains("efficacy", StringComparison.Ordinal));
        Assert.Contains(error.Findings, f => f.Field == "Company information" && f.Message.Contains("safety claim", StringComparison.Ordinal));
        Assert.Equal(ReviewState.Draft, page.State);
    }

    [Fact]
    public void Branded_content_names_its_brand_and_unbranded_content_does_not()
    {
        var unnamed = Page.Create(Team.Organisation, "no-brand", new PageContent("Cardiva", null, "Tablets.", null, null, null, null, null, null, ContentKind.ReminderAd, null), [], Team.Editor, Given.Now);
        var named = Page.Create(Team.Organisation, "named", new PageContent("Helix", null, "About us.", null, "Cardiva", null, null, null, null, ContentKind.Unbranded, null), [], Team.Editor, Given.Now);

        Assert.Equal(DomainErrorCodes.BrandNameRequired, Assert.Throws<PromotionalContentException>(() => unnamed.SubmitForReview(Team.Editor, Given.Now)).Code);
        Assert.Equal("Brand name", Assert.Throws<PromotionalContentException>(() => named.SubmitForReview(Team.Editor, Given.Now)).Field);
    }

    [Fact]
    public void An_archived_page_is_not_live_and_takes_no_edits()
    {
        var page = PublishedPage();

        page.Archive(Team.Editor, Given.Now);

        Assert.False(page.IsLive);
        Assert.Equal(ReviewState.Archived, page.Revisions.Single().State);
        Assert.Throws<DomainRuleException>(() => page.Revise(Given.ReminderAd(), [], Team.Editor, Given.Now));
        Assert.Throws<DomainRuleException>(() => page.Archive(Team.Editor, Given.Now));
    }

    [Fact]
    public void Staff_suspend_a_page_which_then_is_not_live_and_publishes_nothing_until_reinstated()
    {
        var page = PublishedPage();
        var staff = StaffIdentity.Of("staff-1");

        page.Suspend(staff, "Reported by members", Given.Now);
        page.Revise(Given.ReminderAd("Cardiva XR"), [], Team.Editor, Given.Now);
        page.SubmitForReview(Team.Editor, Given.Now);
        page.RecordDecision(Team.Reviewer, 2, ReviewOutcome.Approved, null, Given.Now);

        Assert.False(page.IsLive);
        Assert.Equal(("staff-1", "Reported by members"), (page.SuspendedBy, page.SuspensionReason));
        Assert.Equal(DomainErrorCodes.PageSuspended, Assert.Throws<DomainRuleException>(() => page.Publish(Team.Editor, 2, Given.Now)).Code);
        Assert.Throws<DomainRuleException>(() => page.Suspend(staff, "again", Given.Now));

        page.Reinstate(staff);
        page.Publish(Team.Editor, 2, Given.Now);
        Assert.True(page.IsLive);
        Assert.Throws<DomainRuleException>(() => page.Reinstate(staff));
    }

    [Fact]
    public void Posts_follow_the_same_review_and_keep_their_decisions_apart()
    {
        var page = PublishedPage();
        var post = page.DraftPost(Given.Post(), [], Team.Editor, Given.Now);
        Assert.Throws<DomainRuleException>(() => page.PublishPost(Team.Editor, post.Id, 1, Given.Now));

        page.SubmitPost(post.Id, Team.Editor, Given.Now);
        page.RecordPostDecision(Team.Reviewer, post.Id, 1, ReviewOutcome.Approved, null, Given.Now);
        page.PublishPost(Team.Editor, post.Id, 1, Given.Now);

        Assert.Equal(ReviewState.Published, post.State);
        Assert.Equal((post.Id, post.ContentHash), (page.Decisions.Last().PostId, page.Decisions.Last().ContentHash));
    }

    [Fact]
    public void A_published_post_is_immutable_and_can_only_be_withdrawn()
    {
        var page = PublishedPage();
        var post = page.DraftPost(Given.Post(), [], Team.Editor, Given.Now);
        page.SubmitPost(post.Id, Team.Editor, Given.Now);
        page.RecordPostDecision(Team.Reviewer, post.Id, 1, ReviewOutcome.Approved, null, Given.Now);
        page.PublishPost(Team.Editor, post.Id, 1, Given.Now);

        var error = Assert.Throws<DomainRuleException>(() => page.RevisePost(post.Id, Given.Post("Changed"), [], Team.Editor));
        page.WithdrawPost(Team.Editor, post.Id, Given.Now);

        Assert.Equal(DomainErrorCodes.InvalidStateTransition, error.Code);
        Assert.Equal(("Visit us at ACC.26", ReviewState.Archived), (post.Body, post.State));
    }

    [Fact]
    public void Editing_an_approved_post_voids_the_approval()
    {
        var page = PublishedPage();
        var post = page.DraftPost(Given.Post(), [], Team.Editor, Given.Now);
        page.SubmitPost(post.Id, Team.Editor, Given.Now);
        page.RecordPostDecision(Team.Reviewer, post.Id, 1, ReviewOutcome.Approved, null, Given.Now);

        page.RevisePost(post.Id, Given.Post("Visit us at ACC.26, booth 12"), [], Team.Editor);

        Assert.Equal((ReviewState.Draft, 2), (post.State, post.Revision));
        Assert.Equal(DomainErrorCodes.PageRevisionMismatch, Assert.Throws<DomainRuleException>(() => page.PublishPost(Team.Editor, post.Id, 1, Given.Now)).Code);
        Assert.Equal(DomainErrorCodes.PageVersionNotApproved, Assert.Throws<DomainRuleException>(() => page.PublishPost(Team.Editor, post.Id, 2, Given.Now)).Code);
    }

    [Fact]
    public void Posts_publish_only_on_a_page_that_went_live()
    {
        var page = DraftPage();
        var post = page.DraftPost(Given.Post(), [], Team.Editor, Given.Now);
        page.SubmitPost(post.Id, Team.Editor, Given.Now);
        page.RecordPostDecision(Team.Reviewer, post.Id, 1, ReviewOutcome.Approved, null, Given.Now);

        var error = Assert.Throws<DomainRuleException>(() => page.PublishPost(Team.Editor, post.Id, 1, Given.Now));

        Assert.Equal(DomainErrorCodes.InvalidStateTransition, error.Code);
    }

    [Fact]
    public void A_page_approval_does_not_count_for_a_post()
    {
        var page = PublishedPage();
        var post = page.DraftPost(Given.Post("News"), [], Team.Editor, Given.Now);
        page.SubmitPost(post.Id, Team.Editor, Given.Now);

        var error = Assert.Throws<DomainRuleException>(() => page.PublishPost(Team.Editor, post.Id, 1, Given.Now));

        Assert.Equal(DomainErrorCodes.PageVersionNotApproved, error.Code);
    }

    [Theory]
    [InlineData("Cardiva Brand")]
    [InlineData("-cardiva")]
    [InlineData("cardiva--x")]
    public void Slugs_are_url_safe(string slug)
    {
        Assert.Throws<DomainRuleException>(() => Page.Create(Team.Organisation, slug, Given.ReminderAd(), [], Team.Editor, Given.Now));
    }

    [Fact]
    public void Colours_are_hex_and_image_ids_are_not_empty()
    {
        Assert.Equal("Brand colour", Assert.Throws<DomainRuleException>(() =>
            new PageContent("T", null, "About", null, null, null, null, "blue", null, ContentKind.Unbranded, null)).Field);
        Assert.Equal("Logo", Assert.Throws<DomainRuleException>(() =>
            new PageContent("T", null, "About", null, null, Guid.Empty, null, null, null, ContentKind.Unbranded, null)).Field);
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

    [Fact]
    public void Content_shows_only_uploaded_images_of_the_pages_organisation()
    {
        var other = Given.Team("Other Pharma");
        var page = Page.Create(Team.Organisation, "branded", Given.ReminderAd(logo: Team.Logo.Id), Team.Images, Team.Editor, Given.Now);
        var post = page.DraftPost(new PostContent("With our logo", Team.Logo.Id, ContentKind.Unbranded, null, null), Team.Images, Team.Editor, Given.Now);
        Assert.Equal((Team.Logo.Id, Team.Logo.Id), (page.Staging.LogoImageId, post.ImageId));

        var refusals = new (Action Act, string Field)[]
        {
            // Another organisation's image, even when the command loaded it, and an id no image has.
            (() => page.Revise(Given.ReminderAd(logo: other.Logo.Id), other.Images, Team.Editor, Given.Now), "Logo"),
            (() => page.Revise(new PageContent("Cardiva", null, "Tablets.", null, "Cardiva", null, Guid.NewGuid(), null, null, ContentKind.ReminderAd, null), Team.Images, Team.Editor, Given.Now), "Cover image"),
            (() => page.DraftPost(new PostContent("Theirs", other.Logo.Id, ContentKind.Unbranded, null, null), [.. Team.Images, other.Logo], Team.Editor, Given.Now), "Image"),
            (() => page.RevisePost(post.Id, new PostContent("Missing", Guid.NewGuid(), ContentKind.Unbranded, null, null), Team.Images, Team.Editor), "Image"),
            (() => Page.Create(Team.Organisation, "elsewhere", Given.ReminderAd(logo: Team.Logo.Id), [], Team.Editor, Given.Now), "Logo"),
        };
        foreach (var (act, field) in refusals)
        {
            var error = Assert.Throws<DomainRuleException>(act);
            Assert.Equal((DomainErrorCodes.ImageNotFound, field), (error.Code, error.Field));
        }
        Assert.Equal(1, page.StagingRevision);
        Assert.Single(page.Posts);
        Assert.Equal(1, post.Revision);
    }
}
