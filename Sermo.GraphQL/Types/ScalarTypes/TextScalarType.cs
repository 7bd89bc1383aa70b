using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary>A custom scalar whose external form is a string in some format (dates, URLs, UUIDs): one place
/// for the rules every such scalar shares; a subclass says how to read and write the format.</summary>
public abstract class TextScalarType<TValue> : ScalarType
    where TValue : notnull
{
    protected TextScalarType(string name, string description, string? specifiedByUrl)
        : base(name, description) => SpecifiedByUrl = specifiedByUrl;

    /// <summary>What the message calls a valid external value: "date-time string", "absolute http(s) URL"...</summary>
    protected abstract string FormatName { get; }

    protected abstract bool TryParse(string text, out TValue value);

    protected abstract string Format(TValue value);

    /// <summary>Accepts other internal representations a resolver may return (e.g. DateTime for DateTimeOffset).</summary>
    protected virtual bool TryConvert(object value, out TValue converted)
    {
        converted = default!;
        return false;
    }

    public override object Serialize(object value)
    {
        if (value is TValue typed)
            return Format(typed);
        if (TryConvert(value, out var converted))
            return Format(converted);
        if (value is string text && TryParse(text, out var parsed))
            return Format(parsed);
        throw new ScalarCoercionException($"{Name} cannot represent value: {ValueInspector.Inspect(value)}");
    }

    public override object ParseValue(object value)
    {
        if (value is not string text)
            throw new ScalarCoercionException($"{Name} cannot represent a non string value: {ValueInspector.Inspect(value)}");
        return TryParse(text, out var parsed)
            ? parsed
            : throw new ScalarCoercionException($"{Name} cannot represent an invalid {FormatName}: {ValueInspector.Inspect(text)}");
    }

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not StringValueNode stringNode)
            throw new ScalarCoercionException($"{Name} cannot represent a non string value: {Printer.Print(literal)}");
        return TryParse(stringNode.Value, out var parsed)
            ? parsed
            : throw new ScalarCoercionException($"{Name} cannot represent an invalid {FormatName}: {ValueInspector.Inspect(stringNode.Value)}");
    }

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value));
}
