using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>The data layer declares its filter and sort inputs as SDL (<c>FilterDefinition.ToSdl</c>,
/// <c>SortDefinition.ToSdl</c>); a code-first schema takes them as built types: the SDL is built once beside a
/// placeholder query, and every input and enum type it defines is handed to <see cref="SchemaBuilder.AddType(NamedType)"/>.</summary>
public static class SdlInputTypes
{
    public static IReadOnlyList<NamedType> From(string sdl)
    {
        var schema = SdlSchemaBuilder.Build("type Query { placeholder: Int }" + sdl, new SdlBuildOptions());
        return [.. schema.Types.Where(type => type is InputObjectType or EnumType && !type.Name.StartsWith("__", StringComparison.Ordinal))];
    }
}
