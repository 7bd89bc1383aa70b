using System.Text;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Utilities;

/// <summary>How <see cref="SchemaPrinter"/> prints.</summary>
public sealed class SchemaPrinterOptions
{
    /// <summary>Also print directives applied to types, fields, arguments and values other than
    /// <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> (which graphql-js's format does not show).</summary>
    public bool IncludeAppliedDirectives { get; init; }
}

/// <summary>Prints a schema as SDL in graphql-js v16's printSchema format: the schema definition only when
/// needed, then directive definitions, then types, each separated by a blank line; the spec's scalars and
/// directives and the introspection types left out.</summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema, SchemaPrinterOptions? options = null)
    {
        var printer = new Run(options ?? new SchemaPrinterOptions());
        var blocks = new List<string>();
        if (printer.SchemaDefinition(schema) is { } schemaDefinition)
            blocks.Add(schemaDefinition);
        blocks.AddRange(schema.Directives.Where(directive => !directive.IsSpecified).Select(printer.Directive));
        blocks.AddRange(schema.Types.Where(type => !type.IsBuiltIn).Select(printer.Type));
        return string.Join("\n\n", blocks);
    }

    /// <summary>True when a description can be written as a block string and read back unchanged.</summary>
    internal static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
            return true;
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\n':
                    // A leading blank line would be stripped by block string reading.
                    if (isEmptyLine && !seenNonEmptyLine)
                        return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                case '\r':
                case < ' ':
                    return false;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        // Trailing blank lines, or an indentation shared by every line, would also be stripped.
        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    private sealed class Run(SchemaPrinterOptions options)
    {
        public string? SchemaDefinition(Schema schema)
        {
            if (schema.Description is null && HasConventionalRootNames(schema))
                return null;
            var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
            foreach (var (operation, root) in new[] { ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType) })
            {
                if (root is not null)
                    builder.Append("  ").Append(operation).Append(": ").Append(root.Name).Append('\n');
            }
            return builder.Append('}').ToString();
        }

        private static bool HasConventionalRootNames(Schema schema) =>
            schema.QueryType is null or { Name: "Query" }
            && schema.MutationType is null or { Name: "Mutation" }
            && schema.SubscriptionType is null or { Name: "Subscription" };

        public string Directive(DirectiveDefinition directive) =>
            Description(directive.Description)
            + "directive @" + directive.Name
            + Arguments(directive.Arguments, "")
            + (directive.IsRepeatable ? " repeatable" : "")
            + " on " + string.Join(" | ", directive.Locations);

        public string Type(NamedType type) => type switch
        {
            ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar) + Applied(scalar.AppliedDirectives),
            ObjectType objectType => Description(objectType.Description) + "type " + objectType.Name + Implements(objectType) + Applied(objectType.AppliedDirectives) + Fields(objectType),
            InterfaceType interfaceType => Description(interfaceType.Description) + "interface " + interfaceType.Name + Implements(interfaceType) + Applied(interfaceType.AppliedDirectives) + Fields(interfaceType),
            UnionType union => Description(union.Description) + "union " + union.Name + Applied(union.AppliedDirectives)
                + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(member => member.Name)) : ""),
            EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Applied(enumType.AppliedDirectives)
                + Block(enumType.Values.Select((value, index) =>
                    Description(value.Description, "  ", index == 0) + "  " + value.Name + Deprecated(value.DeprecationReason) + Applied(value.AppliedDirectives))),
            InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + Applied(input.AppliedDirectives)
                + Block(input.Fields.Select((field, index) => Description(field.Description, "  ", index == 0) + "  " + InputValue(field))),
            _ => throw new InvalidOperationException($"Unexpected type {type.Name}."),
        };

        private static string Implements(ComplexType type) =>
            type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(implemented => implemented.Name)) : "";

        private string Fields(ComplexType type) =>
            Block(type.Fields.Select((field, index) =>
                Description(field.Description, "  ", index == 0) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type
                + Deprecated(field.DeprecationReason) + Applied(field.AppliedDirectives)));

        private static string Block(IEnumerable<string> items)
        {
            var lines = items.ToList();
            return lines.Count > 0 ? " {\n" + string.Join("\n", lines) + "\n}" : "";
        }

        private string Arguments(IReadOnlyList<InputValue> arguments, string indentation)
        {
            if (arguments.Count == 0)
                return "";
            if (arguments.All(argument => argument.Description is null))
                return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
            return "(\n" + string.Join("\n", arguments.Select((argument, index) =>
                Description(argument.Description, "  " + indentation, index == 0) + "  " + indentation + InputValue(argument))) + "\n" + indentation + ")";
        }

        private string InputValue(InputValue value)
        {
            var text = value.Name + ": " + value.Type;
            if (value.DefaultValue is { } defaultValue)
                text += " = " + Printer.Print(ValueLiterals.Normalize(defaultValue, value.Type));
            return text + Deprecated(value.DeprecationReason) + Applied(value.AppliedDirectives);
        }

        private static string Deprecated(string? reason) => reason switch
        {
            null => "",
            Directives.DefaultDeprecationReason => " @deprecated",
            _ => " @deprecated(reason: " + Printer.Print(new StringValueNode(reason)) + ")",
        };

        private static string SpecifiedBy(ScalarType scalar) =>
            scalar.SpecifiedByUrl is { } url ? " @specifiedBy(url: " + Printer.Print(new StringValueNode(url)) + ")" : "";

        /// <summary>Applied directives other than those the format already shows, when asked for.</summary>
        private string Applied(IReadOnlyList<AppliedDirective> directives)
        {
            if (!options.IncludeAppliedDirectives)
                return "";
            var builder = new StringBuilder();
            foreach (var directive in directives)
            {
                if (directive.Name is "deprecated" or "specifiedBy" or "oneOf")
                    continue;
                builder.Append(" @").Append(directive.Name);
                if (directive.Arguments.Count > 0)
                    builder.Append('(').AppendJoin(", ", directive.Arguments.Select(argument => argument.Name.Value + ": " + Printer.Print(argument.Value))).Append(')');
            }
            return builder.ToString();
        }

        private static string Description(string? description, string indentation = "", bool firstInBlock = true)
        {
            if (description is null)
                return "";
            var literal = Printer.Print(new StringValueNode(description, IsPrintableAsBlockString(description)));
            var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
            return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
        }
    }
}
