using System.ComponentModel;
using System.Reflection;
using System.Text;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>The conventions that turn .NET names and attributes into GraphQL names, descriptions and deprecations.</summary>
internal static class Naming
{
    /// <summary><c>Name</c> → <c>name</c>, <c>ID</c> → <c>id</c>, <c>URLPath</c> → <c>urlPath</c>.</summary>
    public static string CamelCase(string name)
    {
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
            upper++;
        if (upper == 0)
            return name;
        // In "URLPath" the P starts the next word, so only "URL" is lowered.
        var lowered = upper == name.Length || upper == 1 ? upper : upper - 1;
        return name[..lowered].ToLowerInvariant() + name[lowered..];
    }

    /// <summary><c>InReview</c> → <c>IN_REVIEW</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>.</summary>
    public static string UpperSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_'
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                builder.Append('_');
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>A type's GraphQL name: <c>[GraphQLName]</c>, else the class name (generic arguments first:
    /// <c>Edge&lt;Book&gt;</c> → <c>BookEdge</c>; an interface loses the I of .NET's convention: <c>INode</c> → <c>Node</c>).</summary>
    public static string TypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
            return named.Name;
        if (type.IsInterface && type.Name.Length > 1 && type.Name[0] == 'I' && char.IsUpper(type.Name[1]))
            return TypeName(type, type.Name[1..]);
        return TypeName(type, type.Name);
    }

    private static string TypeName(Type type, string name)
    {
        if (!type.IsGenericType)
            return name;
        var baseName = name[..name.IndexOf('`', StringComparison.Ordinal)];
        return string.Concat(type.GetGenericArguments().Select(TypeName)) + baseName;
    }

    /// <summary>A field's name: <c>[GraphQLName]</c>, else camelCase without a <c>Get</c> prefix or <c>Async</c> suffix on methods.</summary>
    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
            return named.Name;
        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
                name = name[3..];
            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
                name = name[..^5];
        }
        return CamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name ?? "arg" + parameter.Position);

    public static string EnumValueName(FieldInfo member) =>
        member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? UpperSnakeCase(member.Name);

    public static string? Description(ICustomAttributeProvider provider) =>
        Attribute<GraphQLDescriptionAttribute>(provider)?.Description ?? Attribute<DescriptionAttribute>(provider)?.Description;

    /// <summary>The reason of <c>[Obsolete]</c>, or the default reason when it gives none; null when not obsolete.</summary>
    public static string? DeprecationReason(ICustomAttributeProvider provider) =>
        Attribute<ObsoleteAttribute>(provider) is { } obsolete
            ? string.IsNullOrEmpty(obsolete.Message) ? Directives.DefaultDeprecationReason : obsolete.Message
            : null;

    public static bool IsIgnored(ICustomAttributeProvider provider) => Attribute<GraphQLIgnoreAttribute>(provider) is not null;

    public static T? Attribute<T>(ICustomAttributeProvider provider) where T : Attribute =>
        provider.GetCustomAttributes(typeof(T), inherit: true).OfType<T>().FirstOrDefault();
}
