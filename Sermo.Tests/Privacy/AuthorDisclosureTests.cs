using Sermo.Domain.Cases;
using Sermo.Domain.Polls;
using Sermo.Domain.Privacy;
using Sermo.Tests.Domain;

namespace Sermo.Tests.Privacy;

public class AuthorDisclosureTests
{
    private static readonly DateTime Opens = Given.Now.AddDays(1);

    [Theory]
    [InlineData("cardiology FR 11", true, true)]
    [InlineData("cardiology FR 6; cardiology DE 5", true, false)]
    [InlineData("cardiology FR 5; cardiology JP 6", true, false)]
    [InlineData("cardiology FR 5; interventional-cardiology JP 6", false, false)]
    [InlineData("cardiology FR 1", false, false)]
    public void Content_naming_a_side_of_the_practice_shows_its_author_only_where_their_profile_shows_that_side(
        string population, bool caseShowsAuthor, bool targetedPollShowsAuthor)
    {
        var shown = ProfileGeneralisation.Generalise("cardiology", "FR", ProfileGeneralisationTests.Counts(population));

        Assert.Equal(caseShowsAuthor, AuthorDisclosure.MayShowAuthor(shown, AuthorDisclosure.OfCase));
        Assert.Equal(targetedPollShowsAuthor, AuthorDisclosure.MayShowAuthor(shown, PracticeRevealed.Country));
        Assert.True(AuthorDisclosure.MayShowAuthor(shown, PracticeRevealed.None));
    }

    [Fact]
    public void A_named_member_is_shown_beside_anything_however_rare_their_practice()
    {
        var named = Given.VerifiedPhysician("IS", anonymous: false);
        var shown = ProfileGeneralisation.ShownToOthers(named, ProfileGeneralisationTests.Counts("cardiology FR 1"));

        Assert.True(AuthorDisclosure.MayShowAuthor(shown, PracticeRevealed.Specialty | PracticeRevealed.Country));
    }

    [Fact]
    public void A_poll_reveals_a_country_only_when_it_targets_countries()
    {
        var author = Given.VerifiedPhysician("FR");

        Assert.Equal(PracticeRevealed.Country, AuthorDisclosure.OfPoll(Poll.ByMember(author, "Q?", ["A", "B"], Opens, Opens.AddDays(7), ["FR"], Given.Now)));
        Assert.Equal(PracticeRevealed.None, AuthorDisclosure.OfPoll(Poll.ByMember(author, "Q?", ["A", "B"], Opens, Opens.AddDays(7), [], Given.Now)));
    }

    [Fact]
    public void The_case_authors_own_responses_reveal_the_cases_specialty_and_a_colleagues_reveal_nothing()
    {
        var author = Given.VerifiedPhysician();
        var colleague = Given.VerifiedPhysician();
        var @case = Given.OpenCase(author);
        var proposal = @case.Respond(author, ResponseKind.ProposedAction, "Add spironolactone.", Given.Now);
        var advice = @case.Respond(colleague, ResponseKind.Advice, "Screen for aldosteronism.", Given.Now);

        Assert.Equal(PracticeRevealed.Specialty, AuthorDisclosure.OfResponse(proposal, @case.AuthorId));
        Assert.Equal(PracticeRevealed.None, AuthorDisclosure.OfResponse(advice, @case.AuthorId));
    }
}
