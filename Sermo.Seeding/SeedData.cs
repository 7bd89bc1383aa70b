using Sermo.Domain.Cases;
using Sermo.Domain.Drugs;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;
using Sermo.Domain.Polls;
using Sermo.Domain.Ratings;

namespace Sermo.Seeding;

/// <summary>Everything the generator made, as aggregates; <see cref="Tables"/> lists the rows in foreign-key order.</summary>
public sealed record SeedData(
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Physician> Physicians,
    IReadOnlyList<PhysicianPrivateDetails> PrivateDetails,
    IReadOnlyList<DrugClass> DrugClasses,
    IReadOnlyList<Indication> Indications,
    IReadOnlyList<Drug> Drugs,
    IReadOnlyList<SeedImage> Images,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Case> Cases,
    IReadOnlyList<Poll> Polls,
    IReadOnlyList<DrugRating> Ratings,
    IReadOnlyList<RatingSummaryRelease> RatingReleases,
    PageEngagement Engagement)
{
    public IEnumerable<(Type EntityType, IEnumerable<object> Rows)> Tables()
    {
        yield return (typeof(Agency), Agencies);
        yield return (typeof(Organisation), Organisations);
        yield return (typeof(AgencyMandate), Organisations.SelectMany(o => o.Mandates));
        yield return (typeof(StoredImage), Images.Select(i => i.Image));
        yield return (typeof(Physician), Physicians);
        yield return (typeof(PhysicianPrivateDetails), PrivateDetails);
        yield return (typeof(CredentialCheck), Physicians.SelectMany(p => p.CredentialChecks));
        yield return (typeof(DrugClass), DrugClasses);
        yield return (typeof(Indication), Indications);
        yield return (typeof(Drug), Drugs);
        yield return (typeof(DrugClassMembership), Drugs.SelectMany(d => d.Classes));
        yield return (typeof(DrugIndication), Drugs.SelectMany(d => d.Indications));
        yield return (typeof(Page), Pages);
        yield return (typeof(PageRevision), Pages.SelectMany(p => p.Revisions));
        yield return (typeof(PagePost), Pages.SelectMany(p => p.Posts));
        yield return (typeof(ReviewDecision), Pages.SelectMany(p => p.Decisions));
        yield return (typeof(Case), Cases);
        yield return (typeof(CaseResponse), Cases.SelectMany(c => c.Responses));
        yield return (typeof(CaseAttachment), Cases.SelectMany(c => c.Attachments));
        yield return (typeof(CaseActionVote), Cases.SelectMany(c => c.Votes));
        yield return (typeof(Poll), Polls);
        yield return (typeof(PollOption), Polls.SelectMany(p => p.Options));
        yield return (typeof(PollVote), Polls.SelectMany(p => p.Votes));
        yield return (typeof(DrugRating), Ratings);
        yield return (typeof(RatingSummaryRelease), RatingReleases);
        yield return (typeof(ReleasedScore), RatingReleases.SelectMany(r => r.Scores));
        yield return (typeof(PendingRater), RatingReleases.SelectMany(r => r.PendingRaters));
        yield return (typeof(PageFollow), Engagement.Follows);
        yield return (typeof(PageView), Engagement.Views);
        yield return (typeof(PostReaction), Engagement.Reactions);
    }
}
