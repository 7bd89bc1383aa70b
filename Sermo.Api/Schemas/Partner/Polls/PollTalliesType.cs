using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary><c>PollTallies</c>: one update of <c>pollTallies</c>, shown only to a subscriber the tally rule lets see it
/// (<see cref="PollTalliesSubscription"/>), so its counts are not nullable.</summary>
public sealed class PollTalliesType : ObjectTypeConfiguration<PollTallyChanged>
{
    public override void Configure(ObjectTypeDescriptor<PollTallyChanged> type)
    {
        type.Name("PollTallies").Description("A poll's tallies as votes arrive.");
        type.Field("poll").Type("Poll!").Description("The poll.")
            .ResolveWith(async ([Parent] PollTallyChanged e, PollById polls) => await polls.LoadAsync(e.PollId));
        type.Field(e => e.TotalVotes).Description("Votes cast so far.");
        type.Field(e => e.Options).Type("[PollOptionTally!]!").Description("Each option's votes, in the options' order.");
    }
}
