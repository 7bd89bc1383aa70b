using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>SDL: at most one schema definition, and none when extending a schema that already has one.</summary>
public sealed class LoneSchemaDefinitionRule : ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : SyntaxVisitor
    {
        private readonly bool _alreadyDefined = context.SchemaToExtend is { } schema
            && (schema.SyntaxNode is not null || schema.QueryType is not null || schema.MutationType is not null || schema.SubscriptionType is not null);

        private int _definitionCount;

        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is SchemaDefinitionNode { IsExtension: false } definition)
            {
                if (_alreadyDefined)
                    context.ReportError("Cannot define a new schema within a schema extension.", definition);
                else if (_definitionCount++ > 0)
                    context.ReportError("Must provide only one schema definition.", definition);
            }
            return node is DefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;
        }
    }
}
