using System.Reflection;
using Sermo.GraphQL.Types.CodeFirst;

namespace Sermo.GraphQL.Types;

/// <summary>The name a code-first schema gives a .NET enum's value (<c>[GraphQLName]</c>, else UPPER_SNAKE: the rule
/// the builder uses), for code that writes the value outside a response and must spell it as the graph does, such as a
/// file download of the rows a field also serves.</summary>
public static class EnumValueNames
{
    /// <summary>The value's GraphQL name; <see cref="ArgumentOutOfRangeException"/> for a value the schema leaves out
    /// (<c>[GraphQLIgnore]</c>, or no member of the enum at all).</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no GraphQL value for {value}.");

    private static class Names<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyDictionary<TEnum, string> ByValue = ReadNames();

        // The first member wins for values two members share, as the schema's result coercion does.
        private static Dictionary<TEnum, string> ReadNames()
        {
            var names = new Dictionary<TEnum, string>();
            foreach (var member in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (!Naming.IsIgnored(member))
                    names.TryAdd((TEnum)member.GetValue(null)!, Naming.EnumValueName(member));
            }
            return names;
        }
    }
}
