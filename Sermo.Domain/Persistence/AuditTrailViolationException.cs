namespace Sermo.Domain.Persistence;

/// <summary>A save that would rewrite or remove part of the audit trail (<see cref="AuditTrail"/>). Not a rule an input
/// can break: only faulty code gets here, so it is an error, not a refusal.</summary>
public sealed class AuditTrailViolationException(string message) : InvalidOperationException(message);
