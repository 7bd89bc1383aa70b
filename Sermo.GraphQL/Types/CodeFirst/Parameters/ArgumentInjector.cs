using System.Linq.Expressions;
using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Any other parameter is a GraphQL argument named like it: declared on the field (type from the .NET type
/// or [GraphQLType], C# default as GraphQL default) and read from the coerced arguments, converted to the parameter's type.</summary>
internal sealed class ArgumentInjector(SchemaBuildContext context, TypeReferenceResolver types, InputTypeFactory inputs) : IResolverParameterInjector
{
    public bool CanInject(ResolverParameter parameter) => true;

    public Expression Inject(ResolverParameter parameter)
    {
        var info = parameter.Parameter;
        var name = Naming.ArgumentName(info);
        var where = $"{parameter.Coordinate}({name}:)";
        var clrDefault = info.HasDefaultValue ? DefaultValues.OfParameter(info) : null;
        var reference = ClrTypeReference.From(info.ParameterType, context.Nullability.Create(info));
        if (info.HasDefaultValue && clrDefault is null)
            reference = reference with { IsNonNull = false };

        // A subscription's stream method and event method may both take the argument: it is declared once.
        if (!parameter.Field.Arguments.Contains(name))
        {
            var argument = new InputValue(name, Scalars.String, Naming.Description(info));
            context.AddArgument(parameter.Field, argument, parameter.Coordinate);
            types.Resolve(info.GetCustomAttribute<GraphQLTypeAttribute>()?.Declared, () => inputs.InputType(reference, where), isInput: true, where, type =>
            {
                argument.Type = type;
                if (info.HasDefaultValue)
                    argument.DefaultValue = DefaultValues.Literal(clrDefault, type, where, context);
            });
        }
        var fallback = info.HasDefaultValue ? clrDefault : DefaultValues.OfType(info.ParameterType);
        if (fallback is null && info.ParameterType.IsValueType && Nullable.GetUnderlyingType(info.ParameterType) is null)
            fallback = DefaultValues.OfType(info.ParameterType);
        return ResolverCompiler.Argument(info.ParameterType, name, ValueConverter.For(info.ParameterType, inputs.FactoryFor), fallback);
    }
}
