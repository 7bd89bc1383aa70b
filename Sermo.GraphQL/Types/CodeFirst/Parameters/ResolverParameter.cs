using System.Linq.Expressions;
using System.Reflection;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types.CodeFirst;

namespace Sermo.GraphQL.Types;

/// <summary>A parameter of a resolver method or <c>ResolveWith</c> delegate, as an <see cref="IResolverParameterInjector"/> sees it.</summary>
public sealed class ResolverParameter
{
    internal ResolverParameter(ParameterInfo parameter, bool isNullable, string coordinate, OutputField field)
    {
        Parameter = parameter;
        IsNullable = isNullable;
        Coordinate = coordinate;
        Field = field;
    }

    public ParameterInfo Parameter { get; }

    public Type Type => Parameter.ParameterType;

    /// <summary>Whether the parameter accepts null: <c>Nullable&lt;T&gt;</c>, or a reference type annotated <c>T?</c>.</summary>
    public bool IsNullable { get; }

    /// <summary>The field whose resolver takes the parameter, as <c>Type.field</c> (for error messages).</summary>
    public string Coordinate { get; }

    /// <summary>The resolver's <see cref="IResolverContext"/> in the compiled expression.</summary>
    public Expression Context => ResolverCompiler.Context;

    /// <summary>The field being built (arguments are declared on it).</summary>
    internal OutputField Field { get; }
}
