namespace Sermo.Domain;

/// <summary>
/// A domain rule refused an operation. <see cref="Code"/> is stable and machine-readable
/// (one of <see cref="DomainErrorCodes"/>) so the API can surface it as <c>extensions.code</c>;
/// <see cref="Field"/>, when the refusal concerns one value, names it as the domain does ("Title", "Efficacy"),
/// so the API can point at the input that carried it.
/// </summary>
public class DomainRuleException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}
