using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Polls;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>Which polls a caller may see at all: staff and verified members every poll (an upcoming one too, so a
/// frontend can announce it); anyone else, with or without a token, only polls whose results are published. Node
/// lookups and the live tallies apply it, as the entry fields do, so an id is never a way around them.</summary>
public static class PollVisibility
{
    public static async Task<bool> MaySeeAsync(Poll poll, IResolverContext context)
    {
        if (poll.StateAt(context.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime) == PollState.Published)
            return true;
        return await context.Services.GetRequiredService<CallerMembership>().MayReadCommunityAsync(new Caller(context.User), context.CancellationToken);
    }
}
