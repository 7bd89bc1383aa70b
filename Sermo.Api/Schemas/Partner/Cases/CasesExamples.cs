using Microsoft.EntityFrameworkCore;
using Sermo.Api.Ide;
using Sermo.Domain.Cases;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>The cases area's IDE examples, run as a member of the demo data: the feed, one case with its discussion
/// and votes, posting a case, and following a case's activity. A subscription's comment sits inside the operation: the
/// IDE recognises a subscription example by its first word.</summary>
public sealed class CasesExamples : IIdeExampleSource
{
    public IEnumerable<IdeExample> Examples { get; } =
    [
        new(PartnerSchema.Name, IdeCaller.Member, """
            # The case feed: solved cardiology cases, newest first, with their authors (as members see them) and the advice given.
            query CaseFeed($where: CaseFilter) {
              cases(first: 5, where: $where) {
                totalCount
                nodes {
                  id
                  title
                  status
                  postedAt
                  timeToFirstResponse
                  author { displayName yearsInPractice }
                  advice { body author { displayName } }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """, async data => new
        {
            where = new
            {
                specialty = new { eq = await data.Db.Cases.AsNoTracking().GroupBy(c => c.SpecialtyCode)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefaultAsync() },
                status = new { eq = "SOLVED" },
            },
        }),
        new(PartnerSchema.Name, IdeCaller.Member, """
            # One case: the de-identified patient, the discussion, proposed actions with their votes (and yours), the accepted advice.
            query Case($id: ID!) {
              node(id: $id) {
                ... on Case {
                  title
                  question
                  specialty { name }
                  patient { ageBand sex history findings }
                  attachments { kind fileName contentType sizeBytes }
                  author { displayName }
                  followUps { kind body author { displayName } }
                  advice { id body author { displayName } }
                  proposedActions { id body support opposition viewerVote }
                  acceptedAdvice { body }
                  timeToFirstResponse
                  timeToSolution
                }
              }
            }
            """, async data => new
        {
            id = data.IdOf("Case", await data.Db.Cases.AsNoTracking()
                .Where(c => c.Responses.Any(r => r.Kind == ResponseKind.ProposedAction) && c.Responses.Any(r => r.Kind == ResponseKind.Advice))
                .OrderByDescending(c => c.PostedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync()),
        }),
        new(PartnerSchema.Name, IdeCaller.Member, """
            # Post a case (it is saved: each run posts one). Text that could identify the patient comes back in errors, with where it was found.
            mutation PostCase($input: PostCaseInput!) {
              postCase(input: $input) {
                case { id title status postedAt }
                errors { code message path }
              }
            }
            """, _ => Task.FromResult<object?>(new
        {
            input = new
            {
                specialty = "cardiology",
                title = "Resistant hypertension on three agents",
                question = "What would you add next, and would you screen for secondary causes first?",
                patient = new
                {
                    ageBand = "FROM60_TO69",
                    sex = "FEMALE",
                    history = "Hypertension for ten years; on amlodipine, losartan and a thiazide; adherent by pill count.",
                    findings = "Office BP 162/98, home readings similar; eGFR 55, potassium 3.6.",
                },
            },
        })),
        new(PartnerSchema.Name, IdeCaller.Member, """
            subscription CaseActivity($caseId: ID!) {
              # Follow a case: follow-up questions, answers, advice, proposed actions, vote counts and its solution as they happen.
              caseActivity(caseId: $caseId) {
                kind
                occurredAt
                response { kind body support opposition author { displayName } }
                case { status }
              }
            }
            """, async data => new
        {
            caseId = data.IdOf("Case", await data.Db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open)
                .OrderByDescending(c => c.PostedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync()),
        }),
    ];
}
