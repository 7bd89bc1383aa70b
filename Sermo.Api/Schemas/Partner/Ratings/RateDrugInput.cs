using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Ratings;

[GraphQLDescription("A rating of a drug for one of its indications: five scores from 1 (worst) to 5 (best) and an optional comment.")]
public sealed record RateDrugInput(
    [GraphQLType("ID!")][GraphQLDescription("The drug.")] string DrugId,
    [GraphQLType("ID!")][GraphQLDescription("One of the drug's indications.")] string IndicationId,
    [GraphQLDescription("How well it works, 1 to 5.")] int Efficacy,
    [GraphQLDescription("How safe it is, 1 to 5.")] int Safety,
    [GraphQLDescription("How well patients tolerate it, 1 to 5.")] int Tolerability,
    [GraphQLDescription("How easily patients get it, 1 to 5.")] int Accessibility,
    [GraphQLDescription("How well patients keep taking it, 1 to 5.")] int Adherence,
    [GraphQLDescription("Optional, at most 2,000 characters, nothing that identifies a patient; other members read it under your display name.")] string? Comment);
