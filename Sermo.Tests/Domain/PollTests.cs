using Sermo.Domain;
using Sermo.Domain.Polls;

namespace Sermo.Tests.Domain;

public class PollTests
{
    private static readonly DateTime Opens = Given.Now;
    private static readonly DateTime Closes = Given.Now.AddDays(7);

    private static Poll WeeklyPoll(params string[] countries) =>
        Poll.ByCommunityTeam("Will GLP-1 agonists change your practice?", ["Yes", "No", "Unsure"], Opens, Closes, countries, Given.Now);

    [Fact]
    public void A_vote_counts_once_and_tallies_live()
    {
        var poll = WeeklyPoll();
        var yes = poll.Options[0];

        poll.CastVote(Given.VerifiedPhysician(), yes.Id, Opens);
        poll.CastVote(Given.VerifiedPhysician(), yes.Id, Opens.AddHours(1));

        Assert.Equal(2, yes.VoteCount);
        Assert.Equal(2, poll.TotalVotes);
    }

    [Fact]
    public void A_member_votes_only_once()
    {
        var poll = WeeklyPoll();
        var member = Given.VerifiedPhysician();
        poll.CastVote(member, poll.Options[0].Id, Opens);

        var error = Assert.Throws<DomainRuleException>(() => poll.CastVote(member, poll.Options[1].Id, Opens));

        Assert.Equal(DomainErrorCodes.AlreadyVoted, error.Code);
        Assert.Equal(1, poll.TotalVotes);
    }

    [Fact]
    public void A_poll_takes_votes_only_between_opening_and_closing()
    {
        var poll = WeeklyPoll();

        Assert.Equal(DomainErrorCodes.PollNotOpen, Assert.Throws<DomainRuleException>(() => poll.CastVote(Given.VerifiedPhysician(), poll.Options[0].Id, Opens.AddTicks(-1))).Code);
        Assert.Equal(DomainErrorCodes.PollClosed, Assert.Throws<DomainRuleException>(() => poll.CastVote(Given.VerifiedPhysician(), poll.Options[0].Id, Closes)).Code);
        Assert.Equal(0, poll.TotalVotes);
    }

    [Fact]
    public void A_targeted_poll_rejects_members_from_other_countries()
    {
        var poll = WeeklyPoll("gb", "IE");

        var error = Assert.Throws<DomainRuleException>(() => poll.CastVote(Given.VerifiedPhysician("US"), poll.Options[0].Id, Opens));
        poll.CastVote(Given.VerifiedPhysician("IE"), poll.Options[0].Id, Opens);

        Assert.Equal(DomainErrorCodes.PollCountryNotTargeted, error.Code);
        Assert.Equal(["GB", "IE"], poll.TargetCountries);
        Assert.Equal("IE", poll.Votes.Single().CountryCode);
    }

    [Fact]
    public void An_unverified_member_can_neither_vote_nor_write_a_poll()
    {
        var poll = WeeklyPoll();
        var applicant = Given.Applicant();

        Assert.Equal(DomainErrorCodes.PhysicianNotVerified, Assert.Throws<DomainRuleException>(() => poll.CastVote(applicant, poll.Options[0].Id, Opens)).Code);
        Assert.Throws<DomainRuleException>(() => Poll.ByMember(applicant, "Q?", ["A", "B"], Opens, Closes, [], Given.Now));
    }

    [Fact]
    public void A_member_poll_records_its_author()
    {
        var author = Given.VerifiedPhysician();

        var poll = Poll.ByMember(author, "Preferred first-line for AF rate control?", ["Beta blocker", "Diltiazem"], Opens, Closes, [], Given.Now);

        Assert.Equal((PollAuthorKind.Member, author.Id), (poll.AuthorKind, poll.AuthorPhysicianId));
    }

    [Theory]
    [InlineData("Only one")]
    [InlineData("Same|same")]
    [InlineData("A|")]
    [InlineData("1|2|3|4|5|6|7|8|9|10|11")]
    public void Options_are_two_to_ten_distinct_texts(string options)
    {
        Assert.Throws<DomainRuleException>(() => Poll.ByCommunityTeam("Q?", options.Split('|'), Opens, Closes, [], Given.Now));
    }

    [Fact]
    public void A_poll_must_close_after_it_opens_and_publishes_results_only_once_closed()
    {
        Assert.Throws<DomainRuleException>(() => Poll.ByCommunityTeam("Q?", ["A", "B"], Closes, Opens, [], Given.Now));
        var poll = WeeklyPoll();

        Assert.Throws<DomainRuleException>(() => poll.PublishResults(Opens));
        poll.PublishResults(Closes);

        Assert.Equal(Closes, poll.ResultsPublishedAt);
    }

    [Theory]
    [InlineData(PollViewer.Public, false, "open", false)]
    [InlineData(PollViewer.Public, false, "closed", false)]
    [InlineData(PollViewer.Public, false, "published", true)]
    [InlineData(PollViewer.Member, false, "open", false)]
    [InlineData(PollViewer.Member, true, "open", true)]
    [InlineData(PollViewer.Member, false, "closed", true)]
    [InlineData(PollViewer.Member, false, "published", true)]
    [InlineData(PollViewer.Staff, false, "open", true)]
    [InlineData((PollViewer)0, true, "published", false)]
    public void Tallies_are_shown_by_one_rule(PollViewer viewer, bool hasVoted, string phase, bool visible)
    {
        var poll = Poll.ByCommunityTeam("Will GLP-1 agonists change your practice?", ["Yes", "No"], Opens, Closes, [], Given.Now);
        var at = phase == "open" ? Opens.AddHours(1) : Closes.AddHours(1);
        if (phase == "published")
            poll.PublishResults(at);

        Assert.Equal(visible, poll.TalliesVisibleTo(viewer, hasVoted, at));
    }
}
