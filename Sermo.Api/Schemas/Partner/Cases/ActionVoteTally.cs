namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>The votes on one proposed course of action, counted in SQL.</summary>
public sealed record ActionVoteTally(Guid ResponseId, int Support, int Opposition)
{
    public static ActionVoteTally None(Guid responseId) => new(responseId, 0, 0);
}
