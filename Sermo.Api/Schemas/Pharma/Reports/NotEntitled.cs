using Sermo.Api.Schemas.Conventions;
using Sermo.GraphQL;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>The one refusal of a report outside the caller's subscription (or of any report to a token naming no
/// company): the same words whatever was asked, so it confirms nothing about what exists and states no count.</summary>
public static class NotEntitled
{
    public const string Code = "NOT_ENTITLED";
    public const string Message = "The caller's subscription does not cover this report.";

    public static GraphQLException Error() => FieldErrors.WithCode(Message, Code);
}
