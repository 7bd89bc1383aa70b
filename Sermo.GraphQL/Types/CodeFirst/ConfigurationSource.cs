using System.Runtime.CompilerServices;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Names where a configuration was written, so a clash at build can point at both places.</summary>
internal static class ConfigurationSource
{
    /// <summary><c>ViewerSchemaContributor.Contribute</c> for a lambda written in that method.</summary>
    public static string Of(Delegate configure)
    {
        var method = configure.Method;
        var type = method.DeclaringType;
        while (type is { DeclaringType: not null } && type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            type = type.DeclaringType;
        var name = method.Name;
        // The compiler names a lambda "<Contribute>b__0_0": the method it was written in stands between the brackets.
        if (name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) is > 1 and var end)
            name = name[1..end];
        return type is null ? name : $"{type.Name}.{name}";
    }

    public static string Of(Type configurationClass) => configurationClass.Name;
}
