namespace Sermo.Domain.Pages;

/// <summary>One reason content cannot go to review as it stands: the rule (a <see cref="DomainErrorCodes"/> code), the
/// field it concerns as the domain names it ("About text"), and a message that quotes the claim.</summary>
public sealed record PromotionalFinding(string Code, string Field, string Message);
