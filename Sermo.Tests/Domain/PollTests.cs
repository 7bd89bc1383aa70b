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

    [Fact]
    public void The_state_follows_the_opening_window_and_publication()
    {
        var poll = WeeklyPoll();

        Assert.Equal(PollState.Scheduled, poll.StateAt(Opens.AddTicks(-1)));
        Assert.Equal(PollState.Open, poll.StateAt(Opens));
        Assert.Equal(PollState.Open, poll.StateAt(Closes.AddTicks(-1)));
        Assert.Equal(PollState.Closed, poll.StateAt(Closes));
        poll.PublishResults(Closes.AddHours(1));
        Assert.Equal(PollState.Published, poll.StateAt(Closes.AddHours(2)));
    }

    [Fact]
    public void Staff_open_a_scheduled_poll_early_and_close_an_open_one_early()
    {
        var poll = Poll.ByCommunityTeam("Will GLP-1 agonists change your practice?", ["Yes", "No"], Opens.AddDays(2), Closes, [], Given.Now);
        var early = Opens.AddHours(1);

        poll.OpenNow(early);
        Assert.Equal((PollState.Open, early), (poll.StateAt(early), poll.OpensAt));
        poll.CastVote(Given.VerifiedPhysician(), poll.Options[0].Id, early.AddHours(1));

        var closing = early.AddHours(2);
        poll.CloseNow(closing);
        Assert.Equal((PollState.Closed, closing), (poll.StateAt(closing), poll.ClosesAt));
        Assert.Equal(DomainErrorCodes.PollClosed, Assert.Throws<DomainRuleException>(() => poll.CastVote(Given.VerifiedPhysician(), poll.Options[0].Id, closing)).Code);
        Assert.True(poll.TalliesVisibleTo(PollViewer.Member, viewerHasVoted: false, closing));
        poll.PublishResults(closing);
        Assert.Equal(PollState.Published, poll.StateAt(closing));
    }

    [Theory]
    [InlineData("open", "open now")]
    [InlineData("closed", "open now")]
    [InlineData("scheduled", "close now")]
    [InlineData("closed", "close now")]
    public void Opening_and_closing_now_refuse_a_poll_in_the_wrong_state(string phase, string change)
    {
        var poll = WeeklyPoll();
        var at = phase switch { "scheduled" => Opens.AddDays(-1), "open" => Opens.AddHours(1), _ => Closes.AddHours(1) };
        var (opens, closes) = (poll.OpensAt, poll.ClosesAt);

        var error = Assert.Throws<DomainRuleException>(() =>
        {
            if (change == "open now")
                poll.OpenNow(at);
            else
                poll.CloseNow(at);
        });

        Assert.Equal(DomainErrorCodes.InvalidStateTransition, error.Code);
        Assert.Equal((opens, closes), (poll.OpensAt, poll.ClosesAt));
    }

    [Fact]
    public void A_poll_must_close_in_the_future_when_written()
    {
        var error = Assert.Throws<DomainRuleException>(() => Poll.ByCommunityTeam("Q?", ["A", "B"], Given.Now.AddDays(-7), Given.Now.AddTicks(-1), [], Given.Now));

        Assert.Equal("Closing time", error.Field);
    }

    [Fact]
    public void A_vote_for_an_option_of_another_poll_is_refused_without_naming_its_key()
    {
        var poll = WeeklyPoll();
        var foreign = WeeklyPoll().Options[0].Id;

        var error = Assert.Throws<DomainRuleException>(() => poll.CastVote(Given.VerifiedPhysician(), foreign, Opens));

        Assert.Equal((DomainErrorCodes.InvalidArgument, "Option"), (error.Code, error.Field));
        Assert.DoesNotContain(foreign.ToString(), error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_query_conditions_agree_with_the_polls_own_state_and_targeting()
    {
        var scheduled = Poll.ByCommunityTeam("Scheduled?", ["A", "B"], Opens.AddDays(7), Closes.AddDays(7), [], Given.Now);
        var open = WeeklyPoll("DE");
        var closed = Poll.ByCommunityTeam("Closed?", ["A", "B"], Opens, Opens.AddHours(1), ["FR", "DE"], Given.Now);
        var published = Poll.ByCommunityTeam("Published?", ["A", "B"], Opens, Opens.AddHours(1), [], Given.Now);
        published.PublishResults(Opens.AddHours(2));
        Poll[] polls = [scheduled, open, closed, published];
        var now = Opens.AddHours(3);

        foreach (var state in Enum.GetValues<PollState>())
        {
            var inState = PollConditions.InState(state, now).Compile();
            Assert.Equal(polls.Where(p => p.StateAt(now) == state), polls.Where(inState));
        }
        Assert.Equal([open, closed], polls.Where(PollConditions.InStates([PollState.Open, PollState.Closed, PollState.Open], now).Compile()));
        var none = PollConditions.InStates([], now).Compile();
        Assert.DoesNotContain(polls, poll => none(poll));
        foreach (var country in new[] { "DE", "FR", "US" })
            Assert.Equal(polls.Where(p => p.IsOpenTo(country)), polls.Where(PollConditions.OpenTo(country.ToLowerInvariant()).Compile()));
    }
}
