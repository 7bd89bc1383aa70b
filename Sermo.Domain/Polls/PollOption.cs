namespace Sermo.Domain.Polls;

/// <summary>One answer to a poll, with its live tally (updated as votes are cast; a concurrency token guards it).</summary>
public sealed class PollOption
{
    private PollOption() { }

    internal PollOption(Guid pollId, int position, string text)
    {
        Id = EntityIds.Next();
        PollId = pollId;
        Position = position;
        Text = text;
    }

    public Guid Id { get; private set; }
    public Guid PollId { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = "";
    public int VoteCount { get; private set; }

    internal void Count() => VoteCount++;
}
