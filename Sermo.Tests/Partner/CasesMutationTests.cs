using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Domain.Persistence;
using static Sermo.Tests.Partner.CaseOperations;

namespace Sermo.Tests.Partner;

/// <summary>The case mutations over HTTP on both databases: a consult from posting to accepted advice, the rules as
/// typed payload errors with input paths, refusals of members outside the community, and races the keys and the
/// concurrency token decide. Each test acts with members and cases of its own.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class CasesMutationTests(PartnerGraphFixture fixture)
{
    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_consult_runs_from_posting_through_follow_ups_advice_and_votes_to_accepted_advice(string provider)
    {
        var (author, colleague, voter) = (await ClientAsync(provider), await ClientAsync(provider), await ClientAsync(provider));

        var posted = (await author.Client.DataAsync(PostCase, new { input = NewCase() })).GetProperty("postCase");
        Assert.Empty(posted.GetProperty("errors").EnumerateArray());
        var @case = posted.GetProperty("case");
        Assert.Equal("OPEN", @case.GetProperty("status").GetString());
        Assert.Equal("FROM60_TO69", @case.GetProperty("patient").GetProperty("ageBand").GetString());
        Assert.Equal(author.Member.Pseudonym, @case.GetProperty("author").GetProperty("displayName").GetString());
        var caseId = @case.GetProperty("id").GetString()!;

        await RespondedAsync(colleague.Client, "askFollowUp", caseId, "Is she adherent? Have you checked pill counts?");
        await RespondedAsync(author.Client, "answerFollowUp", caseId, "Yes, pill counts and pharmacy refills are consistent.");
        var advice = await RespondedAsync(colleague.Client, "giveAdvice", caseId, "Screen for primary aldosteronism before adding spironolactone.");
        var proposal = await RespondedAsync(voter.Client, "proposeAction", caseId, "Add spironolactone 25 mg and recheck potassium in a week.");

        var support = await VoteAsync(colleague.Client, proposal, "SUPPORT");
        Assert.Equal((1, 0, "SUPPORT"), Counts(support));
        var opposition = await VoteAsync(voter.Client, proposal, "OPPOSE");
        Assert.Equal((1, 1, "OPPOSE"), Counts(opposition));
        var again = await VoteAsync(colleague.Client, proposal, "OPPOSE");
        Assert.Equal(["ALREADY_VOTED"], ErrorCodes(again));
        Assert.Equal(JsonValueKind.Null, again.GetProperty("response").ValueKind);
        Assert.Equal(["NOT_A_PROPOSED_ACTION"], ErrorCodes(await VoteAsync(voter.Client, advice, "SUPPORT")));

        var read = (await colleague.Client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Case { status timeToFirstResponse
              followUps { kind author { displayName } } advice { id } proposedActions { support opposition viewerVote } } } }
            """, new { id = caseId })).GetProperty("node");
        Assert.Equal(["FOLLOW_UP_QUESTION", "AUTHOR_ANSWER"], read.GetProperty("followUps").EnumerateArray().Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal(author.Member.Pseudonym, read.GetProperty("followUps")[1].GetProperty("author").GetProperty("displayName").GetString());
        Assert.True(read.GetProperty("timeToFirstResponse").GetInt32() >= 0);
        Assert.Equal("SUPPORT", read.GetProperty("proposedActions")[0].GetProperty("viewerVote").GetString());

        Assert.Equal(["NOT_CASE_AUTHOR"], ErrorCodes(await AcceptAsync(colleague.Client, advice)));
        var accepted = await AcceptAsync(author.Client, advice);
        Assert.Empty(accepted.GetProperty("errors").EnumerateArray());
        Assert.Equal("SOLVED", accepted.GetProperty("case").GetProperty("status").GetString());
        Assert.Equal(advice, accepted.GetProperty("case").GetProperty("acceptedAdvice").GetProperty("id").GetString());
        Assert.True(accepted.GetProperty("case").GetProperty("timeToSolution").GetInt32() >= 0);

        Assert.Equal(["CASE_SOLVED"], ErrorCodes(await RespondAsync(voter.Client, "giveAdvice", caseId, "Too late, but consider renal denervation.")));
        Assert.Equal(["CASE_SOLVED"], ErrorCodes(await MarkSolvedAsync(author.Client, caseId)));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Text_that_identifies_the_patient_is_refused_finding_by_finding_at_its_input_path_and_nothing_is_saved(string provider)
    {
        var author = await ClientAsync(provider);
        var title = $"Reach the family at jane.doe.{Guid.NewGuid():N}@example.org";
        var refused = (await author.Client.DataAsync(PostCase, new { input = NewCase(title, "Seen in clinic; call 555-201-3344 for the records.") }))
            .GetProperty("postCase");

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("case").ValueKind);
        var errors = refused.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("PATIENT_IDENTIFIER_FOUND", e.GetProperty("code").GetString()));
        Assert.Equal(["input", "title"], Path(errors[0]));
        Assert.Contains("e-mail address", errors[0].GetProperty("message").GetString());
        Assert.Equal(["input", "patient", "history"], Path(errors[1]));
        Assert.Contains("phone number", errors[1].GetProperty("message").GetString());
        Assert.DoesNotContain("555-201-3344", refused.GetRawText());
        Assert.DoesNotContain("jane.doe", refused.GetRawText());
        await using (var db = await fixture.Server(provider).Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync())
            Assert.False(await db.Cases.AnyAsync(c => c.Title == title));

        var caseId = await PostAsync(author.Client);
        var colleague = await ClientAsync(provider);
        var advice = await RespondAsync(colleague.Client, "giveAdvice", caseId, "She was admitted on 14/03/2026 at St Mary's; MRN 4482913.");
        Assert.NotEmpty(ErrorCodes(advice));
        Assert.All(advice.GetProperty("errors").EnumerateArray(), e =>
        {
            Assert.Equal("PATIENT_IDENTIFIER_FOUND", e.GetProperty("code").GetString());
            Assert.Equal(["input", "body"], Path(e));
        });
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Broken_rules_come_back_typed_with_the_input_field_they_concern(string provider)
    {
        var (author, colleague) = (await ClientAsync(provider), await ClientAsync(provider));
        var caseId = await PostAsync(author.Client);

        var unknownSpecialty = (await author.Client.DataAsync(PostCase, new { input = new { specialty = "astrology", title = "A title", question = "A question?",
            patient = new { ageBand = "FROM18_TO29", sex = "MALE", history = "History.", findings = "Findings." } } })).GetProperty("postCase");
        Assert.Equal(["INVALID_ARGUMENT"], ErrorCodes(unknownSpecialty));
        Assert.Equal(["input", "specialty"], Path(unknownSpecialty.GetProperty("errors")[0]));

        var empty = await RespondAsync(colleague.Client, "giveAdvice", caseId, "   ");
        Assert.Equal(["INVALID_ARGUMENT"], ErrorCodes(empty));
        Assert.Equal(["input", "body"], Path(empty.GetProperty("errors")[0]));

        Assert.Equal(["NOT_CASE_AUTHOR"], ErrorCodes(await RespondAsync(colleague.Client, "answerFollowUp", caseId, "I am not the author.")));
        Assert.Equal(["INVALID_ARGUMENT"], ErrorCodes(await RespondAsync(author.Client, "giveAdvice", caseId, "Advice to myself.")));
        Assert.Equal(["NOT_CASE_AUTHOR"], ErrorCodes(await MarkSolvedAsync(colleague.Client, caseId)));

        foreach (var id in new[] { "not-an-id", PartnerIds.Of(fixture.Server(provider), "Case", Guid.NewGuid()), PartnerIds.Of(fixture.Server(provider), "Physician", author.Member.Id) })
        {
            var missing = await RespondAsync(colleague.Client, "giveAdvice", id, "Advice on nothing.");
            Assert.Equal(["NOT_FOUND"], ErrorCodes(missing));
            Assert.Equal(["input", "caseId"], Path(missing.GetProperty("errors")[0]));
        }
        var notAResponse = await VoteAsync(colleague.Client, caseId, "SUPPORT");
        Assert.Equal(["NOT_FOUND"], ErrorCodes(notAResponse));
        Assert.Equal(["input", "responseId"], Path(notAResponse.GetProperty("errors")[0]));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Members_outside_the_community_are_refused_as_unverified_and_other_roles_at_the_door(string provider)
    {
        var server = fixture.Server(provider);
        var (author, colleague) = (await ClientAsync(provider), await ClientAsync(provider));
        var caseId = await PostAsync(author.Client);
        var advice = await RespondedAsync(colleague.Client, "giveAdvice", caseId, "Check renin and aldosterone.");
        var proposal = await RespondedAsync(colleague.Client, "proposeAction", caseId, "Add spironolactone 25 mg.");

        await NewMembers.SuspendAsync(server, author.Member.Id);
        Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], ErrorCodes(await RespondAsync(author.Client, "answerFollowUp", caseId, "An answer.")));
        Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], ErrorCodes(await AcceptAsync(author.Client, advice)));
        Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], ErrorCodes(await MarkSolvedAsync(author.Client, caseId)));
        Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], ErrorCodes((await author.Client.DataAsync(PostCase, new { input = NewCase() })).GetProperty("postCase")));
        Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], ErrorCodes(await VoteAsync(author.Client, proposal, "SUPPORT")));
        // Refused before any case is looked up: a missing case is answered the same way.
        Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], ErrorCodes(await RespondAsync(author.Client, "giveAdvice", PartnerIds.Of(server, "Case", Guid.NewGuid()), "Advice.")));

        var members = await DemoMembers.ReadAsync(server);
        foreach (var outsider in new[] { members.Applicant.Id, members.Rejected.Id, Guid.NewGuid() })
        {
            var client = fixture.Client(provider, server.IssueToken(outsider.ToString(), SermoRoles.Physician));
            Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], ErrorCodes(await VoteAsync(client, proposal, "SUPPORT")));
        }

        var tally = (await colleague.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on CaseResponse { support opposition } } }", new { id = proposal }))
            .GetProperty("node");
        Assert.Equal(0, tally.GetProperty("support").GetInt32() + tally.GetProperty("opposition").GetInt32());

        foreach (var (token, code) in new (string? Token, string Code)[]
                 {
                     (null, "AUTH_NOT_AUTHENTICATED"),
                     (server.IssueToken("staff-1", SermoRoles.Staff), "AUTH_NOT_AUTHORIZED"),
                     (server.IssueToken("agency-user", SermoRoles.Agency), "AUTH_NOT_AUTHORIZED"),
                 })
        {
            var response = await fixture.Client(provider, token).PostAsync(PostCase, new { input = NewCase() });
            Assert.Equal(code, response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(["postCase"], response.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Simultaneous_votes_of_one_member_count_once_and_the_others_are_already_voted(string provider)
    {
        var (author, proposer, voter) = (await ClientAsync(provider), await ClientAsync(provider), await ClientAsync(provider));
        var caseId = await PostAsync(author.Client);
        var proposal = await RespondedAsync(proposer.Client, "proposeAction", caseId, "Refer for renal denervation.");

        var votes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => VoteAsync(voter.Client, proposal, i % 2 == 0 ? "SUPPORT" : "OPPOSE")));

        Assert.Single(votes, v => ErrorCodes(v).Count == 0);
        Assert.All(votes.Where(v => ErrorCodes(v).Count > 0), v => Assert.Equal(["ALREADY_VOTED"], ErrorCodes(v)));
        var tally = (await proposer.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on CaseResponse { support opposition } } }", new { id = proposal }))
            .GetProperty("node");
        Assert.Equal(1, tally.GetProperty("support").GetInt32() + tally.GetProperty("opposition").GetInt32());
    }

    /// <summary>The race the vote command maps to ALREADY_VOTED, made deterministic: two contexts both pass the domain's
    /// check on what they loaded, and the database's key refuses the second save in a way the command recognises.</summary>
    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task The_vote_key_refuses_a_second_vote_that_passed_the_domain_check_and_is_recognised_as_such(string provider)
    {
        var server = fixture.Server(provider);
        var (author, proposer, voter) = (await ClientAsync(provider), await ClientAsync(provider), await ClientAsync(provider));
        var caseId = await PostAsync(author.Client);
        var proposal = server.Services.GetRequiredService<Sermo.GraphQL.Relay.GlobalIdCodec>()
            .Decode<Guid>(await RespondedAsync(proposer.Client, "proposeAction", caseId, "Start a loop diuretic."), "CaseResponse");
        var contexts = server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>();
        await using var first = await contexts.CreateDbContextAsync();
        await using var second = await contexts.CreateDbContextAsync();
        var one = await first.Cases.IncludeAggregate().SingleAsync(c => c.Responses.Any(r => r.Id == proposal));
        var other = await second.Cases.IncludeAggregate().SingleAsync(c => c.Responses.Any(r => r.Id == proposal));

        one.VoteOnAction(voter.Member, proposal, true, DateTime.UtcNow);
        other.VoteOnAction(voter.Member, proposal, false, DateTime.UtcNow);
        await first.SaveChangesAsync();
        var refused = await Assert.ThrowsAnyAsync<DbUpdateException>(() => second.SaveChangesAsync());

        Assert.True(Sermo.Api.Data.UniqueKeyViolation.Is(refused), refused.InnerException?.ToString());
        Assert.False(Sermo.Api.Data.UniqueKeyViolation.Is(new DbUpdateException("other", new InvalidOperationException())));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Simultaneous_solutions_of_one_case_leave_exactly_one_standing(string provider)
    {
        var (author, colleague) = (await ClientAsync(provider), await ClientAsync(provider));
        var caseId = await PostAsync(author.Client);
        var advice = new List<string>();
        for (var i = 1; i <= 3; i++)
            advice.Add(await RespondedAsync(colleague.Client, "giveAdvice", caseId, $"Option {i}: titrate the diuretic."));

        var attempts = await Task.WhenAll(advice.Select(id => AcceptAsync(author.Client, id)).Append(MarkSolvedAsync(author.Client, caseId)).Append(MarkSolvedAsync(author.Client, caseId)));

        Assert.Single(attempts, a => ErrorCodes(a).Count == 0);
        // The losers either read the case after the winner saved (CASE_SOLVED) or before (the concurrency token).
        Assert.All(attempts.Where(a => ErrorCodes(a).Count > 0), a => Assert.Contains(Assert.Single(ErrorCodes(a)), new[] { "CASE_SOLVED", "CONCURRENT_CHANGE" }));
        var winner = attempts.Single(a => ErrorCodes(a).Count == 0).GetProperty("case");
        var read = (await colleague.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Case { status acceptedAdvice { id } } } }", new { id = caseId })).GetProperty("node");
        Assert.Equal("SOLVED", read.GetProperty("status").GetString());
        Assert.Equal(winner.GetProperty("acceptedAdvice").GetRawText(), read.GetProperty("acceptedAdvice").GetRawText());
    }

    private Task<SignedInMember> ClientAsync(string provider) => NewMembers.SignedInAsync(fixture.Server(provider));

    private static (int Support, int Opposition, string? ViewerVote) Counts(JsonElement payload)
    {
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var response = payload.GetProperty("response");
        return (response.GetProperty("support").GetInt32(), response.GetProperty("opposition").GetInt32(), response.GetProperty("viewerVote").GetString());
    }

    private static IEnumerable<string?> Path(JsonElement error) => error.GetProperty("path").EnumerateArray().Select(p => p.GetString());
}
