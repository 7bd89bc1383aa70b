using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Authorization;

/// <summary>Turns declared requirements into enforcement when a schema is assembled: each object type's field gets
/// every requirement that applies to it (the object type's, each interface's and the interface field's, its own,
/// from code or from <c>@authorize</c> in SDL), recorded as <see cref="OutputField.Authorization"/> for tools such as
/// a field-by-role matrix, and checked by <see cref="AuthorizationMiddleware"/> wrapped outermost around the
/// resolver. Requirements on an interface bind every implementation, so a field cannot escape its interface's rule.</summary>
internal static class SchemaAuthorization
{
    public const string DirectiveName = "authorize";

    /// <summary>Installs the requirements; throws <see cref="SchemaValidationException"/> for an <c>@authorize</c>
    /// that names no role (<c>roles: []</c>), which would otherwise mean "any authenticated caller" unnoticed.</summary>
    public static void Install(IEnumerable<NamedType> types)
    {
        var errors = new List<GraphQLError>();
        foreach (var type in types)
        {
            if (type is not ObjectType objectType || objectType.Name.StartsWith("__", StringComparison.Ordinal))
                continue;
            foreach (var field in objectType.Fields)
            {
                if (field.AuthorizationInstalled)
                    continue;
                field.AuthorizationInstalled = true;
                var requirements = RequirementsOf(objectType, field, errors);
                if (requirements.Count == 0)
                    continue;
                field.Authorization = requirements;
                field.MiddlewareList.Insert(0, AuthorizationMiddleware.For(requirements));
            }
        }
        if (errors.Count > 0)
            throw new SchemaValidationException(errors);
    }

    private static List<AuthorizeRequirement> RequirementsOf(ObjectType type, OutputField field, List<GraphQLError> errors)
    {
        var requirements = new List<AuthorizeRequirement>();
        void Add(IEnumerable<AuthorizeRequirement> more)
        {
            foreach (var requirement in more)
            {
                if (!requirements.Contains(requirement))
                    requirements.Add(requirement);
            }
        }

        Add(Declared(type, type.Name, errors));
        foreach (var implemented in type.Interfaces)
        {
            if (!implemented.Fields.TryGet(field.Name, out var interfaceField))
                continue;
            Add(Declared(implemented, implemented.Name, errors));
            Add(Declared(interfaceField, $"{implemented.Name}.{field.Name}", errors));
        }
        Add(Declared(field, $"{type.Name}.{field.Name}", errors));
        return requirements;
    }

    private static IEnumerable<AuthorizeRequirement> Declared(ComplexType type, string coordinate, List<GraphQLError> errors) =>
        type.DeclaredAuthorization.Concat(FromDirectives(type.AppliedDirectives, coordinate, errors));

    private static IEnumerable<AuthorizeRequirement> Declared(OutputField field, string coordinate, List<GraphQLError> errors) =>
        field.DeclaredAuthorization.Concat(FromDirectives(field.AppliedDirectives, coordinate, errors));

    /// <summary>The requirements of <c>@authorize</c> directives; one with <c>roles: []</c> or a blank role is an error
    /// (reported once, though an interface's directive is read for each implementation).</summary>
    private static IEnumerable<AuthorizeRequirement> FromDirectives(IReadOnlyList<AppliedDirective> directives, string coordinate, List<GraphQLError> errors)
    {
        foreach (var directive in directives)
        {
            if (directive.Name != DirectiveName)
                continue;
            IReadOnlyList<string>? roles = null;
            string? policy = null;
            foreach (var argument in directive.Arguments)
            {
                switch (argument.Name.Value, argument.Value)
                {
                    case ("roles", ListValueNode list):
                        roles = [.. list.Values.OfType<StringValueNode>().Select(value => value.Value)];
                        break;
                    case ("roles", StringValueNode single):
                        roles = [single.Value];
                        break;
                    case ("policy", StringValueNode name):
                        policy = name.Value;
                        break;
                }
            }
            var problem = roles switch
            {
                { Count: 0 } => "names no role: use @authorize without roles (Authorize() in code) for any authenticated caller, or name at least one role",
                { } named when named.Any(string.IsNullOrWhiteSpace) => "names a blank role",
                _ => null,
            };
            if (problem is not null)
            {
                var error = GraphQLError.At($"@{DirectiveName}(roles: ...) on {coordinate} {problem}.", ErrorCodes.ValidationFailed, directive.SyntaxNode);
                if (!errors.Any(existing => existing.Message == error.Message))
                    errors.Add(error);
                continue;
            }
            yield return new AuthorizeRequirement(roles, policy);
        }
    }
}
