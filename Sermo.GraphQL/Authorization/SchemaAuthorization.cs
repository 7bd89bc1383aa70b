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

    public static void Install(IEnumerable<NamedType> types)
    {
        foreach (var type in types)
        {
            if (type is not ObjectType objectType || objectType.Name.StartsWith("__", StringComparison.Ordinal))
                continue;
            foreach (var field in objectType.Fields)
            {
                if (field.AuthorizationInstalled)
                    continue;
                field.AuthorizationInstalled = true;
                var requirements = RequirementsOf(objectType, field);
                if (requirements.Count == 0)
                    continue;
                field.Authorization = requirements;
                field.MiddlewareList.Insert(0, AuthorizationMiddleware.For(requirements));
            }
        }
    }

    private static List<AuthorizeRequirement> RequirementsOf(ObjectType type, OutputField field)
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

        Add(Declared(type));
        foreach (var implemented in type.Interfaces)
        {
            if (!implemented.Fields.TryGet(field.Name, out var interfaceField))
                continue;
            Add(Declared(implemented));
            Add(Declared(interfaceField));
        }
        Add(Declared(field));
        return requirements;
    }

    private static IEnumerable<AuthorizeRequirement> Declared(ComplexType type) =>
        type.DeclaredAuthorization.Concat(FromDirectives(type.AppliedDirectives));

    private static IEnumerable<AuthorizeRequirement> Declared(OutputField field) =>
        field.DeclaredAuthorization.Concat(FromDirectives(field.AppliedDirectives));

    private static IEnumerable<AuthorizeRequirement> FromDirectives(IReadOnlyList<AppliedDirective> directives)
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
            yield return new AuthorizeRequirement(roles, policy);
        }
    }
}
