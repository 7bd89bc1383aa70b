using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Domain.Persistence;

namespace Sermo.Tests.Partner;

/// <summary>A member outside the community (here a suspended one) is refused before anything of the input is decoded or
/// looked up, so the refusal is the same for an id that names something, a well-formed id that names nothing, and a string
/// that is no id at all: the mutations are no oracle of which ids exist.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class StandingFirstTests(PartnerGraphFixture fixture)
{
    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_suspended_member_gets_the_same_refusal_for_a_real_id_a_made_up_one_and_garbage(string provider)
    {
        var server = fixture.Server(provider);
        var suspended = await NewMembers.VerifiedAsync(server, suspended: true);
        var client = fixture.Client(provider, server.IssueToken(suspended.Id.ToString(), SermoRoles.Physician));
        Guid poll, option, drug, indication, @case, response;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync())
        {
            var anyPoll = await db.Polls.AsNoTracking().Include(p => p.Options).OrderBy(p => p.OpensAt).FirstAsync();
            (poll, option) = (anyPoll.Id, anyPoll.Options.First().Id);
            var listed = await db.Drugs.AsNoTracking().SelectMany(d => d.Indications).OrderBy(i => i.DrugId).FirstAsync();
            (drug, indication) = (listed.DrugId, listed.IndicationId);
            var anyCase = await db.Cases.AsNoTracking().Include(c => c.Responses).Where(c => c.Responses.Any()).OrderBy(c => c.PostedAt).FirstAsync();
            (@case, response) = (anyCase.Id, anyCase.Responses.First().Id);
        }
        string Real(string type, Guid key) => PartnerIds.Of(server, type, key);
        string Absent(string type) => PartnerIds.Of(server, type, Guid.NewGuid());
        const string Garbage = "not-an-id";

        var mutations = new (string Name, string Input, string Selection, Func<Func<string, Guid, string>, object> InputFor)[]
        {
            ("voteInPoll", "VoteInPollInput", "poll { id }", id => new { pollId = id("Poll", poll), optionId = id("PollOption", option) }),
            ("rateDrug", "RateDrugInput", "rating { id }", id => new
            {
                drugId = id("Drug", drug), indicationId = id("Indication", indication),
                efficacy = 3, safety = 3, tolerability = 3, accessibility = 3, adherence = 3,
            }),
            ("giveAdvice", "GiveAdviceInput", "response { id }", id => new { caseId = id("Case", @case), body = "Consider a renin level." }),
            ("voteOnAction", "VoteOnActionInput", "response { id }", id => new { responseId = id("CaseResponse", response), vote = "SUPPORT" }),
            ("acceptAdvice", "AcceptAdviceInput", "case { id }", id => new { responseId = id("CaseResponse", response) }),
            ("markSolved", "MarkSolvedInput", "case { id }", id => new { caseId = id("Case", @case) }),
        };
        foreach (var (name, input, selection, inputFor) in mutations)
        {
            async Task<string> AnswerAsync(Func<string, Guid, string> id) =>
                (await client.DataAsync($"mutation($input: {input}!) {{ {name}(input: $input) {{ {selection} errors {{ code message path }} }} }}",
                    new { input = inputFor(id) })).GetProperty(name).GetRawText();

            var real = await AnswerAsync(Real);
            Assert.Contains("PHYSICIAN_NOT_VERIFIED", real);
            Assert.Equal(real, await AnswerAsync((type, _) => Absent(type)));
            Assert.Equal(real, await AnswerAsync((_, _) => Garbage));
        }
    }
}
