using System.Text;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Turns the type of a field, argument or input field into a GraphQL type: inferred from the .NET type,
/// or declared as SDL text, as a C# reference (<see cref="NonNull{T}"/>, <see cref="ListOf{T}"/>) or as a built type.
/// .NET types and C# references make the types they name at once; SDL text is read once every type exists.</summary>
internal sealed class TypeReferenceResolver(SchemaBuildContext context, CodeFirstRegistry registry)
{
    public OutputTypeFactory Outputs { get; set; } = null!;
    public InputTypeFactory Inputs { get; set; } = null!;

    /// <summary>Gives <paramref name="apply"/> the declared type, or else the inferred one, once every type exists.</summary>
    public void Resolve(DeclaredType? declared, Func<GraphQLType?> infer, bool isInput, string where, Action<GraphQLType> apply)
    {
        switch (declared)
        {
            case DeclaredType.Sdl sdl:
                context.AfterTypes(() =>
                {
                    if (FromText(sdl.Text, where) is { } type)
                        apply(type);
                });
                break;
            default:
                var resolved = declared switch
                {
                    DeclaredType.Built built => built.Type,
                    DeclaredType.Clr clr => FromReference(clr.Reference, isInput, where),
                    _ => infer(),
                };
                if (resolved is not null)
                    context.AfterTypes(() => apply(resolved));
                break;
        }
    }

    /// <summary>The reference's list and non-null wrappers around the named type <paramref name="named"/> gives.</summary>
    public static GraphQLType? Wrap(ClrTypeReference reference, Func<Type, NamedType?> named)
    {
        GraphQLType? type = reference switch
        {
            ClrNamedReference namedReference => named(namedReference.Type),
            ClrListReference list => Wrap(list.Item, named) is { } item ? new ListType(item) : null,
            _ => null,
        };
        return type is not null && reference.IsNonNull ? new NonNullType(type) : type;
    }

    private GraphQLType? FromText(string text, string where)
    {
        var type = TypeReferenceText.Resolve(text, context.FindByName, out var error);
        if (error is not null)
            context.Report($"{where}: {error}");
        return type;
    }

    private GraphQLType? FromReference(Type reference, bool isInput, string where)
    {
        if (reference.IsGenericType && reference.GetGenericTypeDefinition() is var definition
            && (definition == typeof(NonNull<>) || definition == typeof(ListOf<>)))
        {
            var inner = FromReference(reference.GetGenericArguments()[0], isInput, where);
            if (inner is null)
                return null;
            if (definition == typeof(ListOf<>))
                return new ListType(inner);
            if (inner is NonNullType)
            {
                context.Report($"{where}: {Describe(reference)} wraps a non-null type in NonNull again.");
                return null;
            }
            return new NonNullType(inner);
        }
        if (typeof(ScalarType).IsAssignableFrom(reference))
        {
            var scalar = context.FindScalar(reference);
            if (scalar is null)
                context.Report($"{where}: the scalar {reference.Name} is not in the schema; add it with AddScalar.");
            return scalar;
        }
        if (ConfiguredType(reference) is { } configured)
        {
            if (!registry.ConfigurationClasses.Contains(reference))
            {
                context.Report($"{where}: {reference.Name} is referenced but was not added: AddType<{reference.Name}>().");
                return null;
            }
            reference = configured;
        }
        if (ClrTypeReference.From(reference, null) is ClrListReference)
        {
            context.Report($"{where}: write a list as ListOf<T>, not {Describe(reference)}.");
            return null;
        }
        return isInput ? Inputs.NamedType(reference, where) : Outputs.NamedType(reference, where);
    }

    /// <summary>The .NET type an <see cref="ObjectTypeConfiguration{T}"/> class configures; null for any other class.</summary>
    public static Type? ConfiguredType(Type configurationClass) => GenericBase(configurationClass, typeof(ObjectTypeConfiguration<>));

    /// <summary>The .NET type an <see cref="ObjectTypeExtension{T}"/> class extends; null for any other class.</summary>
    public static Type? ExtendedType(Type extensionClass) => GenericBase(extensionClass, typeof(ObjectTypeExtension<>));

    private static Type? GenericBase(Type type, Type genericDefinition)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == genericDefinition)
                return current.GetGenericArguments()[0];
        }
        return null;
    }

    /// <summary><c>NonNull&lt;ListOf&lt;Book&gt;&gt;</c> rather than <c>NonNull`1</c>.</summary>
    private static string Describe(Type type)
    {
        if (!type.IsGenericType)
            return type.Name;
        var name = new StringBuilder(type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]).Append('<');
        name.AppendJoin(", ", type.GetGenericArguments().Select(Describe));
        return name.Append('>').ToString();
    }
}
