using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Validation.Rules;

namespace Sermo.GraphQL.Validation;

/// <summary>Checks an executable document against a schema (spec section 5) before it may execute.</summary>
public static class DocumentValidator
{
    /// <summary>Every rule of spec section 5, in the spec's order.</summary>
    public static IReadOnlyList<IValidationRule> SpecifiedRules { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
    ];

    /// <summary>The errors of <paramref name="document"/> against <paramref name="schema"/>, in document order,
    /// each with code <see cref="ErrorCodes.ValidationFailed"/>; empty when the document is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules;
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo)
        {
            HideSuggestions = (options ?? ValidationOptions.Default).HideSuggestions,
            Rules = rules,
        };
        var visitors = new SyntaxVisitor[rules.Count + 1];
        visitors[0] = context.CreateUsageRecorder();
        for (var i = 0; i < rules.Count; i++)
            visitors[i + 1] = rules[i].CreateVisitor(context);
        try
        {
            new ParallelVisitor(visitors, typeInfo).Visit(document);
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
