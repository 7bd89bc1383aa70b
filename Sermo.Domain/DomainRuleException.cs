namespace Sermo.Domain;

/// <summary>
/// A domain rule refused an operation. <see cref="Code"/> is stable and machine-readable
/// (one of <see cref="DomainErrorCodes"/>) so the API can surface it as <c>extensions.code</c>.
/// </summary>
public class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
