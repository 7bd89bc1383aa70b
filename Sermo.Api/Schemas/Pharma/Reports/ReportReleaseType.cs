using Sermo.Domain.Reports;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

public sealed class ReportReleaseType : ObjectTypeConfiguration<ReportRelease>
{
    public const string TypeName = "ReportRelease";

    public override void Configure(ObjectTypeDescriptor<ReportRelease> type)
    {
        type.Description("An immutable release of the reports: the same question on the same release always gets the same answer.");
        type.Field("id").Type("ID!").Description("The release's id (also in the download addresses).")
            .ResolveWith(([Parent] ReportRelease r, [Service] GlobalIdCodec ids) => ids.Encode(TypeName, r.Id));
        type.Field(r => r.CutOffAt).Description("Ratings made before this instant count; only periods ended by then are published.");
        type.Field(r => r.PublishedAt).Description("When the release was published.");
        type.Field(r => r.Trigger).Description("Whether the schedule or staff cut it.");
        // Counts of the whole release would tell a subscription limited to some classes how much the other classes hold.
        type.Field("cellCount").Type("Int")
            .Description("How many cells (rows) it holds, suppressed ones included; null for a subscription limited to some drug classes.")
            .ResolveWith(([Parent] ReportRelease r, IResolverContext context) => LimitedToSomeClasses(context) ? null : (int?)r.CellCount);
        type.Field("suppressedCellCount").Type("Int")
            .Description("How many of its cells are suppressed; null for a subscription limited to some drug classes.")
            .ResolveWith(([Parent] ReportRelease r, IResolverContext context) => LimitedToSomeClasses(context) ? null : (int?)r.SuppressedCellCount);
    }

    /// <summary>A pharma subscription naming only some classes (staff, cutting a release on the partner graph, see all).</summary>
    private static bool LimitedToSomeClasses(IResolverContext context) =>
        PharmaEntitlement.Of(context.User) is { HasCompany: true, CoversEveryClass: false };
}
