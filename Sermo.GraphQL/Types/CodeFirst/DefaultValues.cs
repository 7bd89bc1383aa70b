using System.Reflection;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Utilities;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>C# default values of parameters and properties, and how they are written as GraphQL defaults.</summary>
internal static class DefaultValues
{
    /// <summary>A parameter's C# default (an enum default arrives as its underlying number).</summary>
    public static object? OfParameter(ParameterInfo parameter)
    {
        var value = parameter.DefaultValue;
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return value is not null && type.IsEnum && !type.IsInstanceOfType(value) ? Enum.ToObject(type, value) : value;
    }

    public static object? OfType(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    /// <summary>The value as a GraphQL literal of <paramref name="type"/>; null (and a problem reported) when it is not one.</summary>
    public static ValueNode? Literal(object? value, GraphQLType type, string where, SchemaBuildContext context)
    {
        try
        {
            return ValueLiterals.FromValue(value, type);
        }
        catch (Exception error) when (error is ArgumentException or ScalarCoercionException)
        {
            context.Report($"{where}: the default value cannot be written as {type}: {error.Message}");
            return null;
        }
    }
}
