using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><see cref="MutationConventions.RunAsync{T}(InputFields, Func{Task{T}}, Func{MutationError})"/> for changes
/// that check content on submission: every finding of <see cref="PromotionalContentException"/> becomes an error of its
/// own (which claim, at which input path), so an editor sees them all at once.</summary>
public static class PromotionalRun
{
    public static async Task<Payload<T>> RunAsync<T>(InputFields fields, Func<Task<T?>> change, Func<MutationError> whenMissing)
        where T : class
    {
        PromotionalContentException? refused = null;
        var payload = await MutationConventions.RunAsync(fields, async () =>
        {
            try
            {
                return await change();
            }
            catch (PromotionalContentException findings)
            {
                refused = findings;
                return null;
            }
        }, whenMissing);
        return refused is null
            ? payload
            : Payload<T>.Refused([.. refused.Findings.Select(f => new MutationError(MutationConventions.CodeOf(f.Code), f.Message, fields.PathOf(f.Field)))]);
    }
}
