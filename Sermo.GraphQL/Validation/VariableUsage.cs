using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation;

/// <summary>A variable used as a value: the expected type at that position (null when unknown), the
/// default of the argument or input field it stands for, and the type of the list or input object holding it.</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, GraphQLType? ParentType);
