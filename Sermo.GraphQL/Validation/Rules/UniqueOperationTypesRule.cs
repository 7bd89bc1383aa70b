using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>SDL: each root operation type is defined once, across the schema definition, its extensions and
/// the schema being extended.</summary>
public sealed class UniqueOperationTypesRule : ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = [];

        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is SchemaDefinitionNode schemaNode)
            {
                foreach (var operationType in schemaNode.OperationTypes)
                {
                    var operation = operationType.Operation;
                    var name = operation.ToString().ToLowerInvariant();
                    if (context.SchemaToExtend?.GetRootType(operation) is not null)
                        context.ReportError($"Type for {name} already defined in the schema. It cannot be redefined.", operationType);
                    else if (_defined.TryGetValue(operation, out var first))
                        context.ReportError($"There can be only one {name} type in schema.", first, operationType);
                    else
                        _defined[operation] = operationType;
                }
            }
            return node is DefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;
        }
    }
}
