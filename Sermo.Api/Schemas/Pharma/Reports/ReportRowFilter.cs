using Sermo.Domain.Reports;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>The <c>where</c> of <c>rows</c>: what the rows are about, never what they hold (no condition on a count or a
/// mean, which would be an oracle). All given conditions hold.</summary>
[GraphQLName("ReportRowFilter")]
[GraphQLDescription("Which rows: by period kind, drug, drug class and indication only. All given conditions hold.")]
public sealed record ReportRowFilter(
    [GraphQLDescription("Only periods of this length.")] ReportPeriodKind? PeriodKind,
    [GraphQLDescription("Only rows about these drugs (at most 100).")][GraphQLType("[ID!]")] IReadOnlyList<string>? DrugIds,
    [GraphQLDescription("Only rows about these classes and their drugs (at most 100).")][GraphQLType("[ID!]")] IReadOnlyList<string>? DrugClassIds,
    [GraphQLDescription("Only rows for these indications (at most 100).")][GraphQLType("[ID!]")] IReadOnlyList<string>? IndicationIds);
