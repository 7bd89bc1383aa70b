namespace Sermo.Domain;

/// <summary>Argument checks that raise <see cref="DomainRuleException"/> with <see cref="DomainErrorCodes.InvalidArgument"/>.</summary>
internal static class Guard
{
    public static string Text(string? value, string name, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw Invalid(name, $"{name} is required.");
        if (trimmed.Length > maxLength)
            throw Invalid(name, $"{name} is {trimmed.Length} characters long; the limit is {maxLength}.");
        return trimmed;
    }

    public static string? OptionalText(string? value, string name, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : Text(trimmed, name, maxLength);
    }

    public static int Range(int value, string name, int min, int max) =>
        value < min || value > max ? throw Invalid(name, $"{name} must be between {min} and {max}; got {value}.") : value;

    /// <summary>Every timestamp the domain stores is UTC; a local or unspecified time is a caller bug.</summary>
    public static DateTime Utc(DateTime value, string name) =>
        value.Kind == DateTimeKind.Utc ? value : throw Invalid(name, $"{name} must be a UTC time (DateTimeKind.Utc); got {value.Kind}.");

    public static DomainRuleException Invalid(string message) => new(DomainErrorCodes.InvalidArgument, message);

    /// <summary>An invalid value of one field, named as the domain names it.</summary>
    public static DomainRuleException Invalid(string field, string message) => new(DomainErrorCodes.InvalidArgument, message, field);
}
