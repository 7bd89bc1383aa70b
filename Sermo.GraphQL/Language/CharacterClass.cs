namespace Sermo.GraphQL.Language;

/// <summary>Byte classes of the GraphQL lexical grammar, looked up in one table.</summary>
internal static class CharacterClass
{
    private const byte NameStart = 1;
    private const byte NameContinue = 2;
    private const byte Digit = 4;

    private static readonly byte[] Classes = Build();

    public static bool IsNameStart(byte b) => (Classes[b] & NameStart) != 0;

    public static bool IsNameContinue(byte b) => (Classes[b] & NameContinue) != 0;

    public static bool IsDigit(byte b) => (Classes[b] & Digit) != 0;

    /// <summary>For a byte read with a -1 end-of-input marker.</summary>
    public static bool IsDigit(int b) => b is >= '0' and <= '9';

    /// <summary>0-15 for a hexadecimal digit, -1 for anything else (including -1).</summary>
    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static byte[] Build()
    {
        var classes = new byte[256];
        for (var c = 'a'; c <= 'z'; c++)
            classes[c] = NameStart | NameContinue;
        for (var c = 'A'; c <= 'Z'; c++)
            classes[c] = NameStart | NameContinue;
        classes['_'] = NameStart | NameContinue;
        for (var c = '0'; c <= '9'; c++)
            classes[c] = NameContinue | Digit;
        return classes;
    }
}
