using Sermo.Domain.Polls;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary><c>PollOption</c>: an answer of a poll; its tally only where the domain's rule shows the poll's tallies.</summary>
public sealed class PollOptionType : ObjectTypeConfiguration<PollOption>
{
    public override void Configure(ObjectTypeDescriptor<PollOption> type)
    {
        type.Description("One answer of a poll.");
        type.Field(o => o.Text).Description("The answer as members read it.");
        type.Field(o => o.Position).Description("1 for the first answer.");
        type.Field("votes").Type("Int").Description("Votes for this answer; null where the poll's tallies are hidden from the caller.")
            .ResolveWith(async ([Parent] PollOption o, PollById polls, IResolverContext context, [Service] PollTallyAccess tallies) =>
                await polls.LoadAsync(o.PollId) is { } poll && await tallies.VisibleAsync(poll, context) ? o.VoteCount : (int?)null);
        type.Field("poll").Type("Poll!").Description("The poll the answer belongs to.")
            .ResolveWith(async ([Parent] PollOption o, PollById polls) => await polls.LoadAsync(o.PollId));
    }
}
