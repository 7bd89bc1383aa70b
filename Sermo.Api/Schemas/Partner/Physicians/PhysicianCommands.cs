using Microsoft.EntityFrameworkCore;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary>The staff's membership changes: each loads the member whole, lets the entity apply its rule and saves
/// (a concurrent change to the same member is refused by its concurrency token).</summary>
public sealed class PhysicianCommands(IDbContextFactory<SermoDbContext> contexts, GlobalIdCodec ids, TimeProvider clock)
{
    private static readonly InputFields CheckFields = new(("Note", "note"), ("The reason for a failed check", "note"));

    public Task<Payload<Physician>> RecordCredentialCheckAsync(RecordCredentialCheckInput input, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(input.PhysicianId, CheckFields, physician =>
            physician.RecordCredentialCheck(input.Stage, input.Passed, caller.Subject ?? "staff", clock.GetUtcNow().UtcDateTime, input.Note), cancellationToken);

    public Task<Payload<Physician>> SuspendAsync(MembershipChangeInput input, CancellationToken cancellationToken) =>
        ChangeAsync(input.PhysicianId, InputFields.None, physician => physician.Suspend(), cancellationToken);

    public Task<Payload<Physician>> ReinstateAsync(MembershipChangeInput input, CancellationToken cancellationToken) =>
        ChangeAsync(input.PhysicianId, InputFields.None, physician => physician.Reinstate(), cancellationToken);

    private async Task<Payload<Physician>> ChangeAsync(string physicianId, InputFields fields, Action<Physician> change, CancellationToken cancellationToken)
    {
        if (!ids.TryDecode<Guid>(physicianId, "Physician", out var id))
            return Payload<Physician>.Refused(MutationConventions.NotFound("physicianId", "member"));
        return await MutationConventions.RunAsync(fields, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var physician = await db.Physicians.IncludeAggregate().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (physician is null)
                return null;
            change(physician);
            await db.SaveChangesAsync(cancellationToken);
            return physician;
        }, () => MutationConventions.NotFound("physicianId", "member"));
    }
}
