using Microsoft.EntityFrameworkCore;
using Sermo.Api.Ide;
using Sermo.Domain.Physicians;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary>The physicians area's IDE examples: the member's own profile, a colleague as members see them, and the
/// staff's applicants queue.</summary>
public sealed class PhysiciansExamples : IIdeExampleSource
{
    public IEnumerable<IdeExample> Examples { get; } =
    [
        new(PartnerSchema.Name, IdeCaller.Member, """
            # Your own profile: what colleagues see, your membership state and private details (only you and staff see those).
            query MyProfile {
              viewer {
                roles
                physician {
                  id
                  displayName
                  anonymous
                  practice { specialty { name } country region { name } }
                  yearsInPractice
                  status
                  privateDetails { givenName familyName email }
                }
              }
            }
            """),
        new(PartnerSchema.Name, IdeCaller.Member, """
            # A colleague as members see them: an anonymous member by pseudonym, with a practice widened where it would single them out.
            query Colleague($id: ID!) {
              node(id: $id) {
                ... on Physician {
                  displayName
                  anonymous
                  practice { specialty { name } specialtyGroup { name } country region { name } }
                  yearsInPractice
                  languages
                  verifiedOn
                }
              }
            }
            """, async data => new
        {
            id = data.IdOf("Physician", await data.Db.Physicians.AsNoTracking()
                .Where(p => p.Status == PhysicianStatus.Verified && p.IsAnonymous)
                .OrderBy(p => p.Pseudonym).Skip(1).Select(p => (Guid?)p.Id).FirstOrDefaultAsync()),
        }),
        new(PartnerSchema.Name, IdeCaller.Staff, """
            # Staff: members whose credential check is under way, oldest first, with the stages decided so far.
            query Applicants {
              applicants(first: 5) {
                totalCount
                nodes { id pseudonym joinedOn pendingCredentialStage credentialChecks { stage passed checkedBy } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """),
    ];
}
