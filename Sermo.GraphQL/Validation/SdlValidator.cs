using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Validation.Rules;

namespace Sermo.GraphQL.Validation;

/// <summary>Checks a type-system document (SDL) before a schema is built from it or extended with it.</summary>
public static class SdlValidator
{
    public static IReadOnlyList<ISdlValidationRule> SpecifiedRules { get; } =
    [
        new LoneSchemaDefinitionRule(),
        new UniqueOperationTypesRule(),
        new UniqueTypeNamesRule(),
        new UniqueEnumValueNamesRule(),
        new UniqueFieldDefinitionNamesRule(),
        new UniqueArgumentDefinitionNamesRule(),
        new UniqueDirectiveNamesRule(),
        new PossibleTypeExtensionsRule(),
        new KnownTypeNamesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesOnDirectivesRule(),
        new UniqueArgumentNamesRule(),
        new UniqueInputFieldNamesRule(),
        new ProvidedRequiredArgumentsOnDirectivesRule(),
    ];

    /// <summary>The errors of <paramref name="sdl"/> (extending <paramref name="schemaToExtend"/> when given),
    /// each with code <see cref="ErrorCodes.ValidationFailed"/>; empty when the SDL is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode sdl, Schema? schemaToExtend = null, IReadOnlyList<ISdlValidationRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var context = new SdlValidationContext(sdl, schemaToExtend);
        var visitors = (rules ?? SpecifiedRules).Select(rule => rule.CreateVisitor(context)).ToList();
        try
        {
            new ParallelVisitor(visitors, typeInfo: null).Visit(sdl);
        }
        catch (ValidationContextBase.ErrorLimitReachedException)
        {
            // The context has recorded the limit error; what was found so far is the answer.
        }
        catch (InsufficientExecutionStackException)
        {
            context.ReportDocumentTooDeep();
        }
        return context.Errors;
    }
}
