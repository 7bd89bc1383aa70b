using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation;

/// <summary>The context of SDL validation: a type-system document, and the schema it extends, if any.</summary>
public sealed class SdlValidationContext(DocumentNode document, Schema? schemaToExtend) : ValidationContextBase(document)
{
    public Schema? SchemaToExtend { get; } = schemaToExtend;
    public override Schema? TargetSchema => SchemaToExtend;
}
