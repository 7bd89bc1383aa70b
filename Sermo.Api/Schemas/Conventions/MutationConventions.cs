using Microsoft.EntityFrameworkCore;
using Sermo.Api.Data;
using Sermo.Domain;
using Sermo.Domain.Privacy;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>The one way the graphs' mutations are written (<c>docs/mutations.md</c>): an <c>input</c> argument, a
/// payload per kind of object holding it and <c>errors</c>, and the domain's refusals turned into those errors here,
/// not in each resolver.
/// <code>
/// MutationConventions.AddPayload&lt;Case&gt;(schema.Types, "CasePayload", "case", "Case");
/// mutation.Field("postCase").Type("CasePayload!").Argument("input", "PostCaseInput!")
///     .ResolveWith((PostCaseInput input, ...) => MutationConventions.RunAsync(Fields, async () => ...));
/// </code></summary>
public static class MutationConventions
{
    /// <summary>The payload type <paramref name="typeName"/>: <paramref name="valueField"/> (the changed object, of the
    /// GraphQL type <paramref name="valueTypeName"/>, null when refused) and <c>errors</c>.</summary>
    public static SchemaBuilder AddPayload<T>(SchemaBuilder builder, string typeName, string valueField, string valueTypeName)
        where T : class =>
        builder.AddObjectType<Payload<T>>(type =>
        {
            type.Name(typeName).Description($"The {valueTypeName} a mutation changed, or why it refused.");
            type.Field(p => p.Value).Name(valueField).Type(valueTypeName)
                .Description($"The {valueTypeName} as it is after the change; null when the mutation was refused.");
            type.Field(p => p.Errors).Type("[MutationError!]!").Description("The rules the input broke; empty on success.");
        });

    /// <summary>Runs a change; a refusal of the domain (or a concurrent change caught by the database) becomes the
    /// payload's errors, with input paths from <paramref name="fields"/>. Anything else is not a rule and propagates.</summary>
    public static Task<Payload<T>> RunAsync<T>(InputFields fields, Func<Task<T>> change)
        where T : class =>
        RunAsync<T>(fields, async () => await change(), () => throw new InvalidOperationException("The change returned no object."));

    /// <summary>As <see cref="RunAsync{T}(InputFields, Func{Task{T}})"/>, for a change that first finds its object:
    /// when it returns null (nothing the caller may change has that id), the payload carries <paramref name="whenMissing"/>.</summary>
    public static async Task<Payload<T>> RunAsync<T>(InputFields fields, Func<Task<T?>> change, Func<MutationError> whenMissing)
        where T : class
    {
        try
        {
            return await change() is { } changed ? Payload<T>.Success(changed) : Payload<T>.Refused(whenMissing());
        }
        catch (PatientIdentifierException identifiers)
        {
            return Payload<T>.Refused([.. identifiers.Findings.Select(finding => new MutationError(
                MutationErrorCode.PatientIdentifierFound,
                $"Text must not identify the patient. Found {finding.Describe()}.",
                fields.PathOf(finding.Field)))]);
        }
        catch (DomainRuleException refusal)
        {
            return Payload<T>.Refused(ErrorOf(refusal, fields));
        }
        catch (DbUpdateException raced) when (raced is DbUpdateConcurrencyException || UniqueKeyViolation.Is(raced))
        {
            // A key another writer took first (two staff recording the same credential stage) is the same race as
            // a stale concurrency token; commands that know a more specific rule for a key catch it before this.
            return Payload<T>.Refused(new MutationError(MutationErrorCode.ConcurrentChange,
                "Someone changed this at the same moment; read it again and retry.", null));
        }
    }

    public static MutationError ErrorOf(DomainRuleException refusal, InputFields fields) =>
        new(CodeOf(refusal.Code), refusal.Message, fields.PathOf(refusal.Field));

    /// <summary>The GraphQL code of a domain code (<c>POLL_CLOSED</c> → <see cref="MutationErrorCode.PollClosed"/>).</summary>
    public static MutationErrorCode CodeOf(string domainCode) =>
        Enum.TryParse<MutationErrorCode>(domainCode.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var code)
            ? code
            : throw new InvalidOperationException($"The domain code {domainCode} has no MutationErrorCode; add it.");

    /// <summary>A refusal for an id in the input that names nothing the caller may see (never saying which).</summary>
    public static MutationError NotFound(string inputPath, string what) =>
        new(MutationErrorCode.NotFound, $"No {what} the caller may see has that id.", InputFields.At(inputPath));
}
