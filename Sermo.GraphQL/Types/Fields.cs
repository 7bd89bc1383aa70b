using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types;

/// <summary>A field of an object or interface type, with its arguments and how it resolves.</summary>
public sealed class OutputField(string name, GraphQLType type, string? description = null) : INamed, IHasMetadata
{
    internal readonly NamedCollection<InputValue> ArgumentMap = new();
    internal readonly List<FieldMiddleware> MiddlewareList = [];

    public string Name { get; } = name;
    public GraphQLType Type { get; internal set; } = type;
    public string? Description { get; internal set; } = description;
    public NamedCollection<InputValue> Arguments => ArgumentMap;
    public string? DeprecationReason { get; internal set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public FieldDefinitionNode? SyntaxNode { get; internal set; }
    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; internal set; } = [];
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The resolver; null means the default resolver (property, dictionary key or JSON member of the parent named like the field).</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For subscription root fields: produces the source stream of events.</summary>
    public SubscriptionResolver? Subscriber { get; internal set; }

    /// <summary>Middleware wrapped around the resolver, outermost first (authorization, paging, ...).</summary>
    public IReadOnlyList<FieldMiddleware> Middleware => MiddlewareList;

    /// <summary>Every authorization requirement that applies to this field (its type's, its interfaces', its own),
    /// checked before the resolver; set when the schema is assembled, empty for a public field.</summary>
    public IReadOnlyList<Authorization.AuthorizeRequirement> Authorization { get; internal set; } = [];

    /// <summary>Requirements declared on this field in code; <c>@authorize</c> in SDL adds to them.</summary>
    internal readonly List<Authorization.AuthorizeRequirement> DeclaredAuthorization = [];

    internal bool AuthorizationInstalled;
}

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValue(string name, GraphQLType type, string? description = null) : INamed, IHasMetadata
{
    public string Name { get; } = name;
    public GraphQLType Type { get; internal set; } = type;
    public string? Description { get; internal set; } = description;

    /// <summary>The default as written (a const literal); null when there is none.</summary>
    public ValueNode? DefaultValue { get; internal set; }

    public bool HasDefaultValue => DefaultValue is not null;
    public string? DeprecationReason { get; internal set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public InputValueDefinitionNode? SyntaxNode { get; internal set; }
    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; internal set; } = [];
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
