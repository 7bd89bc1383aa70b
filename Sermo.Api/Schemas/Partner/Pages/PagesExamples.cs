using Microsoft.EntityFrameworkCore;
using Sermo.Api.Ide;
using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>The Pages area's IDE examples: a member reading live Pages, an agency reading its Pages' workflow and
/// engagement, a reviewer deciding on a revision in review, and a reviewer's live queue of submissions. The demo seed
/// gives the organisation first by name (the IDE's reviewer) a Page in every state, and the agency first by name (the
/// IDE's agency) a mandate for it.</summary>
public sealed class PagesExamples : IIdeExampleSource
{
    public IEnumerable<IdeExample> Examples { get; } =
    [
        new(PartnerSchema.Name, IdeCaller.Member, """
            # Live Pages as a member sees them: branding (images are fetched from their url with your token), Important Safety Information, published posts, and whether you follow them.
            query LivePages {
              pages(first: 5) {
                totalCount
                nodes {
                  id
                  slug
                  organisation { name kind }
                  live { title tagline aboutText brandName kind importantSafetyInformation brandColour logo { url width height } cover { url } }
                  posts { id body image { url } publishedAt viewerReaction }
                  viewerFollows
                }
              }
            }
            """),
        new(PartnerSchema.Name, IdeCaller.Agency, """
            # An agency's Pages: the staging revision beside the live one, the review decisions (the audit trail), and engagement as counts only.
            query MyPages($from: Date!, $to: Date!) {
              pages(first: 10) {
                nodes {
                  slug
                  state
                  isLive
                  live { title }
                  staging { number state contentHash content { title kind logo { url } } editedBy { person } }
                  reviewDecisions { revision outcome reason decidedAt reviewer { reviewerId } }
                  engagement(from: $from, to: $to, period: MONTH) {
                    followers { label }
                    viewers { label }
                    periods { start followers { label } viewers { label } }
                    posts { post { id } reactorsByPeriod { label } }
                    followersBySpecialtyGroup { specialtyGroup { name } members { label } }
                    followersByRegion { region { name } members { label } }
                  }
                }
              }
            }
            """, data => Task.FromResult<object?>(new
        {
            from = DateOnly.FromDateTime(data.Now).AddMonths(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            to = DateOnly.FromDateTime(data.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })),
        new(PartnerSchema.Name, IdeCaller.Reviewer, """
            # Approve the revision in review (it is saved: run it again and the Page is no longer in review, which comes back in errors).
            mutation Decide($input: DecidePageRevisionInput!) {
              decidePageRevision(input: $input) {
                page { slug state staging { number state content { title aboutText importantSafetyInformation } } reviewDecisions { outcome decidedAt } }
                errors { code message path }
              }
            }
            """, async data =>
        {
            var organisation = await data.Db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
            var page = await data.Db.Pages.AsNoTracking()
                .Where(p => p.OrganisationId == organisation && p.State == ReviewState.InReview)
                .OrderBy(p => p.Slug).Select(p => new { p.Id, p.StagingRevision }).FirstOrDefaultAsync();
            return new { input = new { pageId = data.IdOf("Page", page?.Id), revision = page?.StagingRevision ?? 1, outcome = "APPROVED" } };
        }),
        new(PartnerSchema.Name, IdeCaller.Reviewer, """
            subscription Submissions {
              # Your organisation's submissions as they arrive: each Page or post sent for review, with the staging content to read.
              pageSubmissions {
                revision
                submittedAt
                page { slug staging { number content { title kind } } }
                post { body }
              }
            }
            """),
    ];
}
