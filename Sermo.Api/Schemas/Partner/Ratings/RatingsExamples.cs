using Microsoft.EntityFrameworkCore;
using Sermo.Api.Ide;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>The drugs and ratings area's IDE examples: the catalogue as an agency reads it, a drug's page as members
/// see it, rating a drug (again), and the member's own ratings with their versions (after the rating, so a member
/// who has never rated still sees one).</summary>
public sealed class RatingsExamples : IIdeExampleSource
{
    public IEnumerable<IdeExample> Examples { get; } =
    [
        new(PartnerSchema.Name, IdeCaller.Agency, """
            # The drug catalogue (public product information: agencies and reviewers read it too), filtered by class.
            query DrugsOfAClass($class: ID!) {
              drugs(where: { class: { eq: $class } }, orderBy: [{ genericName: ASC }], first: 5) {
                totalCount
                nodes { id brandName genericName classes { name atcCode } indications { name icd10 } manufacturer { name kind } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """, async data => new
        {
            @class = data.IdOf("DrugClass", await data.Db.Drugs.AsNoTracking().SelectMany(d => d.Classes)
                .GroupBy(c => c.DrugClassId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (Guid?)g.Key).FirstOrDefaultAsync()),
        }),
        new(PartnerSchema.Name, IdeCaller.Member, """
            # A drug as members see it: what members' ratings add up to per indication (once 11 members rated; a dimension's figures
            # only where 11 of its raters gave another score than the most common one), and their comments under display names.
            query DrugRatings($id: ID!) {
              node(id: $id) {
                ... on Drug {
                  brandName
                  ratingSummaries {
                    indication { name }
                    tooFewRaters
                    ratings
                    efficacy { tooConcentrated average distribution }
                    safety { tooConcentrated average distribution }
                    tolerability { average }
                    accessibility { average }
                    adherence { average }
                  }
                  comments(first: 5) {
                    totalCount
                    nodes { comment ratedOn indication { name } rater { displayName anonymous practice { specialty { name } specialtyGroup { name } } } }
                  }
                }
              }
            }
            """, async data => new
        {
            id = data.IdOf("Drug", await data.Db.DrugRatings.AsNoTracking().Where(r => r.IsCurrent && r.Comment != null)
                .GroupBy(r => r.DrugId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (Guid?)g.Key).FirstOrDefaultAsync()),
        }),
        new(PartnerSchema.Name, IdeCaller.Member, """
            # Rate a drug for one of its indications; rating it again keeps the earlier rating as a version.
            # Refusals come back in errors with the input field they concern (try a score of 6, or a phone number in the comment).
            mutation RateDrug($input: RateDrugInput!) {
              rateDrug(input: $input) {
                rating { id version efficacy comment current versions { version efficacy } }
                errors { code message path }
              }
            }
            """, async data =>
        {
            var member = await data.MemberIdAsync();
            var rated = await data.Db.DrugRatings.AsNoTracking().Where(r => r.PhysicianId == member && r.IsCurrent)
                .OrderBy(r => r.RatedAt).Select(r => new { r.DrugId, r.IndicationId }).FirstOrDefaultAsync()
                ?? await data.Db.Drugs.AsNoTracking().OrderBy(d => d.BrandName).SelectMany(d => d.Indications)
                    .Select(i => new { i.DrugId, i.IndicationId }).FirstOrDefaultAsync();
            return new
            {
                input = new
                {
                    drugId = data.IdOf("Drug", rated?.DrugId), indicationId = data.IdOf("Indication", rated?.IndicationId),
                    efficacy = 4, safety = 4, tolerability = 3, accessibility = 2, adherence = 4,
                    comment = "Effective; cost is the main barrier for my patients.",
                },
            };
        }),
        new(PartnerSchema.Name, IdeCaller.Member, """
            # Your own ratings, newest first, each with its earlier versions (only you see them, not even staff).
            query MyRatings {
              viewer {
                physician {
                  ratings(first: 5) {
                    totalCount
                    nodes {
                      id drug { brandName } indication { name }
                      version efficacy safety tolerability accessibility adherence comment ratedAt
                      versions { version efficacy safety tolerability accessibility adherence comment ratedAt supersededAt }
                    }
                  }
                }
              }
            }
            """),
    ];
}
