using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types;

/// <summary>A leaf type with its coercion rules (spec 3.5). Internal values are .NET values; external (JSON)
/// values are null, bool, string, int, long, double, decimal, lists (IReadOnlyList&lt;object?&gt;) and
/// objects (IReadOnlyDictionary&lt;string, object?&gt;).</summary>
public abstract class ScalarType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The <c>@specifiedBy(url:)</c> of a custom scalar.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>Result coercion: an internal value to a JSON-ready value (string, bool, int, long, double,
    /// decimal). Throws <see cref="ScalarCoercionException"/> when the value cannot be represented.</summary>
    public abstract object Serialize(object value);

    /// <summary>Input coercion of a variable's external value (never null: nulls are handled by the engine).
    /// Throws <see cref="ScalarCoercionException"/> when the value is not acceptable.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a literal (never a variable nor a null literal: the engine handles those).
    /// Throws <see cref="ScalarCoercionException"/> when the literal is not acceptable.</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>An internal value back to a literal (default values in introspection and SDL).</summary>
    public abstract ValueNode ToLiteral(object value);

    internal static bool IsSpecifiedScalarName(string name) =>
        name is "Int" or "Float" or "String" or "Boolean" or "ID";
}

/// <summary>A value a scalar cannot coerce; the message says what and why, for a BAD_USER_INPUT or result error.</summary>
public sealed class ScalarCoercionException(string message) : Exception(message);
