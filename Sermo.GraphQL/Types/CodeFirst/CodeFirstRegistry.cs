using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types.CodeFirst;

internal enum RootKind
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>What a <see cref="SchemaBuilder"/> was given, before anything is built.</summary>
internal sealed class CodeFirstRegistry
{
    public List<(RootKind Kind, ObjectTypeDescriptor Descriptor)> Roots { get; } = [];

    /// <summary>The one configuration each bound type may have (root types with a .NET type among them).</summary>
    public List<ObjectTypeDescriptor> Configurations { get; } = [];

    public List<ObjectTypeDescriptor> Extensions { get; } = [];

    /// <summary>The <see cref="ObjectTypeConfiguration{T}"/> classes given, which type references may name.</summary>
    public HashSet<Type> ConfigurationClasses { get; } = [];

    public List<Type> OutputTypes { get; } = [];
    public List<Type> InputTypes { get; } = [];
    public List<(ScalarType Scalar, Type? RuntimeType)> Scalars { get; } = [];
    public List<NamedType> PrebuiltTypes { get; } = [];
    public SdlTypeDefinitions SdlTypes { get; } = new();
    public List<DirectiveDefinition> Directives { get; } = [];
    public List<FieldMiddleware> FieldMiddleware { get; } = [];
    public List<IResolverParameterInjector> ParameterInjectors { get; } = [];
    public string? Description { get; set; }

    public ObjectTypeDescriptor? ConfigurationOf(Type clr) =>
        clr == typeof(object) ? null : Configurations.FirstOrDefault(configuration => configuration.RuntimeType == clr);

    /// <summary>The extensions of the type bound to <paramref name="clr"/> or named <paramref name="name"/>, in the order given.</summary>
    public IEnumerable<ObjectTypeDescriptor> ExtensionsOf(Type clr, string name) =>
        Extensions.Where(extension => extension.ExtendedName is null
            ? clr != typeof(object) && extension.RuntimeType == clr
            : extension.ExtendedName == name);
}
