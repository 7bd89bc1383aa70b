using Sermo.Domain.Physicians;

namespace Sermo.Domain.Polls;

/// <summary>
/// A sentiment poll, open to verified members between <see cref="OpensAt"/> and <see cref="ClosesAt"/>,
/// optionally only in some countries; one vote per member; tallies kept live on the options.
/// </summary>
public sealed class Poll
{
    public const int MinOptions = 2;
    public const int MaxOptions = 10;

    private readonly List<PollOption> _options = [];
    private readonly List<PollVote> _votes = [];

    private Poll() { }

    public Guid Id { get; private set; }
    public string Question { get; private set; } = "";
    public PollAuthorKind AuthorKind { get; private set; }
    /// <summary>The member who wrote the poll; null for community team polls.</summary>
    public Guid? AuthorPhysicianId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
    /// <summary>ISO country codes the poll is open to; empty means every country.</summary>
    public IReadOnlyList<string> TargetCountries { get; private set; } = [];
    public DateTime? ResultsPublishedAt { get; private set; }
    public IReadOnlyList<PollOption> Options => _options;
    /// <summary>The votes loaded with the poll; the database's key on (poll, member) is the final word on duplicates.</summary>
    public IReadOnlyList<PollVote> Votes => _votes;

    public int TotalVotes => _options.Sum(o => o.VoteCount);

    public static Poll ByCommunityTeam(string question, IEnumerable<string> options, DateTime opensAt, DateTime closesAt, IEnumerable<string> targetCountries, DateTime now) =>
        Create(question, options, opensAt, closesAt, targetCountries, now, PollAuthorKind.CommunityTeam, null);

    public static Poll ByMember(Physician author, string question, IEnumerable<string> options, DateTime opensAt, DateTime closesAt, IEnumerable<string> targetCountries, DateTime now)
    {
        author.EnsureVerified("write polls");
        return Create(question, options, opensAt, closesAt, targetCountries, now, PollAuthorKind.Member, author.Id);
    }

    public bool IsOpenAt(DateTime at) => at >= OpensAt && at < ClosesAt;

    /// <summary>The state at <paramref name="now"/>: published once results are out, else by the opening window.
    /// <see cref="PollConditions.InState"/> is the same rule as a query condition.</summary>
    public PollState StateAt(DateTime now)
    {
        Guard.Utc(now, "now");
        if (ResultsPublishedAt is not null)
            return PollState.Published;
        if (now >= ClosesAt)
            return PollState.Closed;
        return now >= OpensAt ? PollState.Open : PollState.Scheduled;
    }

    /// <summary>Opens a scheduled poll at once (the community team brings it forward); its closing time stays.</summary>
    public void OpenNow(DateTime now)
    {
        var state = StateAt(now);
        if (state != PollState.Scheduled)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition,
                state == PollState.Open ? "The poll is already open." : "The poll has closed; it cannot open again.");
        OpensAt = now;
    }

    /// <summary>Closes an open poll at once: no vote counts after <paramref name="now"/>, and members see the tallies.</summary>
    public void CloseNow(DateTime now)
    {
        var state = StateAt(now);
        if (state != PollState.Open)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition,
                state == PollState.Scheduled ? "The poll has not opened yet; only an open poll can be closed." : "The poll has already closed.");
        ClosesAt = now;
    }

    public bool IsOpenTo(string countryCode) => TargetCountries.Count == 0 || TargetCountries.Contains(countryCode);

    public PollVote CastVote(Physician voter, Guid optionId, DateTime now)
    {
        voter.EnsureVerified("vote in polls");
        Guard.Utc(now, "now");
        if (now < OpensAt)
            throw new DomainRuleException(DomainErrorCodes.PollNotOpen, $"The poll opens at {OpensAt:u}.");
        if (now >= ClosesAt)
            throw new DomainRuleException(DomainErrorCodes.PollClosed, $"The poll closed at {ClosesAt:u}.");
        if (!IsOpenTo(voter.CountryCode))
            throw new DomainRuleException(DomainErrorCodes.PollCountryNotTargeted,
                $"The poll is open to members in {string.Join(", ", TargetCountries)} only.");
        // The message names no key: the caller sent an opaque id, and the database key behind it stays unsaid.
        var option = _options.FirstOrDefault(o => o.Id == optionId) ?? throw Guard.Invalid("Option", "That option is not one of this poll's options.");
        if (_votes.Any(v => v.PhysicianId == voter.Id))
            throw SecondVoteRefused();
        var vote = new PollVote(Id, option.Id, voter.Id, voter.CountryCode, now);
        _votes.Add(vote);
        option.Count();
        return vote;
    }

    /// <summary>The refusal of a member's second vote: from <see cref="CastVote"/> when their vote was loaded, and from
    /// whoever stores a vote when the (poll, member) key refuses one cast concurrently.</summary>
    public static DomainRuleException SecondVoteRefused() =>
        new(DomainErrorCodes.AlreadyVoted, "This member has already voted in this poll.");

    /// <summary>The one rule for showing tallies, so no resolver, subscription or report decides it on its own:
    /// published results to anyone; to a member once they have voted (seeing them first would sway the vote) or once
    /// the poll has closed; to staff always.</summary>
    public bool TalliesVisibleTo(PollViewer viewer, bool viewerHasVoted, DateTime now) => viewer switch
    {
        PollViewer.Staff => true,
        PollViewer.Member => viewerHasVoted || Guard.Utc(now, "now") >= ClosesAt || ResultsPublishedAt is not null,
        PollViewer.Public => ResultsPublishedAt is not null,
        _ => false,
    };

    /// <summary>Makes the final results public; only once the poll has closed.</summary>
    public void PublishResults(DateTime now)
    {
        Guard.Utc(now, "now");
        if (now < ClosesAt)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, "Results are published only after the poll closes.");
        ResultsPublishedAt ??= now;
    }

    private static Poll Create(
        string question, IEnumerable<string> options, DateTime opensAt, DateTime closesAt, IEnumerable<string> targetCountries,
        DateTime now, PollAuthorKind authorKind, Guid? authorPhysicianId)
    {
        Guard.Utc(opensAt, "Opening time");
        Guard.Utc(closesAt, "Closing time");
        if (closesAt <= opensAt)
            throw Guard.Invalid("Closing time", "A poll must close after it opens.");
        if (closesAt <= Guard.Utc(now, "now"))
            throw Guard.Invalid("Closing time", "A poll must close in the future.");
        var texts = options.Select((o, i) => Guard.Text(o, $"Option {i + 1}", 200)).ToList();
        if (texts.Count is < MinOptions or > MaxOptions)
            throw Guard.Invalid($"A poll has {MinOptions} to {MaxOptions} options; got {texts.Count}.");
        if (texts.Distinct(StringComparer.OrdinalIgnoreCase).Count() != texts.Count)
            throw Guard.Invalid("A poll's options must differ from each other.");
        var poll = new Poll
        {
            Id = EntityIds.Next(),
            Question = Guard.Text(question, "Question", 500),
            AuthorKind = authorKind,
            AuthorPhysicianId = authorPhysicianId,
            CreatedAt = Guard.Utc(now, "now"),
            OpensAt = opensAt,
            ClosesAt = closesAt,
            TargetCountries = targetCountries.Select(c => Countries.Normalise(c, "Target country")).Distinct().Order(StringComparer.Ordinal).ToArray(),
        };
        for (var i = 0; i < texts.Count; i++)
            poll._options.Add(new PollOption(poll.Id, i + 1, texts[i]));
        return poll;
    }
}
