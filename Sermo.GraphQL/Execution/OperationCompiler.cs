using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>An operation chosen from a document: compiled, or the request error that prevents running it.</summary>
internal sealed record OperationLookup(CompiledOperation? Operation, GraphQLError? Error);

/// <summary>Chooses an operation of a validated document (spec 6.1 GetOperation), checks the execution limits
/// and prepares it for compilation.</summary>
internal static class OperationCompiler
{
    public static OperationLookup Compile(
        Schema schema,
        DocumentNode document,
        string? operationName,
        RequestExecutorOptions options,
        FieldPipelines pipelines)
    {
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operationCount = 0;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    operationCount++;
                    if (operationName is null ? operationCount == 1 : candidate.Name?.Value == operationName)
                        operation ??= candidate;
                    break;
                case FragmentDefinitionNode fragment:
                    fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
            }
        }

        if (operationName is null && operationCount > 1)
            return Fail("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNotFound);
        if (operation is null)
        {
            return operationName is null
                ? Fail("Must provide an operation.", ErrorCodes.OperationNotFound)
                : Fail($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationNotFound);
        }

        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
            return Fail($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", ErrorCodes.OperationNotFound, operation);

        var limitError = OperationLimits.Check(operation, fragments, options.MaxExecutionDepth, options.MaxFieldCount);
        if (limitError is not null)
            return new OperationLookup(null, limitError);

        var conditionVariables = ConditionVariables(operation, fragments);
        if (conditionVariables.Count > CompiledOperation.MaxConditionVariables)
        {
            return Fail(
                $"The operation uses {conditionVariables.Count} different variables in @skip/@include; at most {CompiledOperation.MaxConditionVariables} are supported.",
                ErrorCodes.ValidationFailed,
                operation);
        }

        return new OperationLookup(new CompiledOperation(schema, operation, rootType, fragments, [.. conditionVariables], pipelines), null);
    }

    private static OperationLookup Fail(string message, string code, SyntaxNode? node = null) =>
        new(null, GraphQLError.At(message, code, node));

    /// <summary>The variables used as <c>if:</c> of <c>@skip</c>/<c>@include</c> in the operation and its fragments.</summary>
    private static List<string> ConditionVariables(OperationDefinitionNode operation, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        var variables = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Walk(operation.SelectionSet);
        return variables;

        void Walk(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is not ("skip" or "include"))
                        continue;
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Value is VariableNode variable && !variables.Contains(variable.Name.Value))
                            variables.Add(variable.Name.Value);
                    }
                }
                switch (selection)
                {
                    case FieldNode { SelectionSet: { } subSelection }:
                        Walk(subSelection);
                        break;
                    case InlineFragmentNode inline:
                        Walk(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        Walk(fragment.SelectionSet);
                        break;
                }
            }
        }
    }
}
