using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types;

/// <summary>Creates a <see cref="Schema"/> from root types, extra types and directives, the way both builders
/// need it: every type reachable from them collected (introspection types, String and Boolean always), and
/// one type per name.</summary>
internal static class SchemaAssembly
{
    public static Schema Assemble(
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        string? description = null,
        SchemaDefinitionNode? syntaxNode = null,
        IReadOnlyList<SchemaDefinitionNode>? extensionNodes = null,
        IReadOnlyList<AppliedDirective>? appliedDirectives = null)
    {
        var collected = new List<NamedType>();
        var byName = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var errors = new List<GraphQLError>();

        bool Reserve(NamedType named)
        {
            if (byName.TryGetValue(named.Name, out var existing))
            {
                if (!ReferenceEquals(existing, named))
                    errors.Add(GraphQLError.At(
                        $"Schema must contain uniquely named types but contains multiple types named \"{named.Name}\".",
                        ErrorCodes.ValidationFailed, existing.SyntaxNode, named.SyntaxNode));
                return false;
            }
            byName.Add(named.Name, named);
            return true;
        }

        void Collect(GraphQLType type)
        {
            var named = type.NamedType();
            if (Reserve(named))
                Visit(named);
        }

        void Visit(NamedType named)
        {
            collected.Add(named);
            switch (named)
            {
                case UnionType union:
                    foreach (var member in union.Types)
                        Collect(member);
                    break;
                case ComplexType complex:
                    foreach (var implemented in complex.Interfaces)
                        Collect(implemented);
                    foreach (var field in complex.Fields)
                    {
                        Collect(field.Type);
                        foreach (var argument in field.Arguments)
                            Collect(argument.Type);
                    }
                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                        Collect(field.Type);
                    break;
            }
        }

        // Like graphql-js: the given types keep their order, and a type they reference that was not given
        // (a built-in scalar) follows the first type that references it.
        var given = types.Where(Reserve).ToList();
        foreach (var type in given)
            Visit(type);
        foreach (var root in new[] { queryType, mutationType, subscriptionType })
        {
            if (root is not null)
                Collect(root);
        }
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
                Collect(argument.Type);
        }
        Collect(Introspection.SchemaType);

        if (errors.Count > 0)
            throw new SchemaValidationException(errors);
        Authorization.SchemaAuthorization.Install(collected);
        return new Schema(queryType, mutationType, subscriptionType, collected, directives, description, syntaxNode, extensionNodes, appliedDirectives);
    }
}
