using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><see cref="MutationConventions.RunAsync{T}(InputFields, Func{Task{T}}, Func{MutationError})"/> for changes
/// that check content on submission: every finding of <see cref="PromotionalContentException"/> becomes an error of its
/// own (which claim, and where: the path of the field in the payload that shows the content, since a submission's input
/// carries only an id), so an editor sees them all at once.</summary>
public static class PromotionalRun
{
    /// <summary>Where the staging revision's content shows in <c>PagePayload</c> (<c>["page", "staging", "content", "aboutText"]</c>).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> PageContentPaths =
        PageContentInput.Fields.ToDictionary(f => f.DomainField, f => (IReadOnlyList<string>)["page", "staging", .. f.InputPath.Split('.')]);

    /// <summary>Where a post's content shows in <c>PagePostPayload</c> (<c>["post", "body"]</c>).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> PostContentPaths =
        PostContentInput.Fields.ToDictionary(f => f.DomainField, f => (IReadOnlyList<string>)["post", .. f.InputPath.Split('.').Skip(1)]);

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
            : Payload<T>.Refused([.. refused.Findings.Select(f => new MutationError(MutationConventions.CodeOf(f.Code), f.Message, PathOf(f.Field, typeof(T))))]);
    }

    private static IReadOnlyList<string>? PathOf(string field, Type payloadValue) =>
        (payloadValue == typeof(PagePost) ? PostContentPaths : PageContentPaths).GetValueOrDefault(field);
}
