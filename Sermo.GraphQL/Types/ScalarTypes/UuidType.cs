namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary><c>Uuid</c>: a UUID in its canonical hyphenated form; internally a Guid.</summary>
public sealed class UuidType() : TextScalarType<Guid>(
    "Uuid",
    "A universally unique identifier in its canonical hyphenated form (`123e4567-e89b-12d3-a456-426614174000`).",
    "https://www.rfc-editor.org/rfc/rfc4122")
{
    protected override string FormatName => "UUID string";

    protected override bool TryParse(string text, out Guid value) => Guid.TryParseExact(text, "D", out value);

    protected override string Format(Guid value) => value.ToString("D");
}
