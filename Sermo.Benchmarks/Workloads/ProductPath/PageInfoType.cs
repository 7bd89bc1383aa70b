using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.ProductPath;

public sealed class PageInfoType : ObjectTypeConfiguration<PageInfo>
{
    public override void Configure(ObjectTypeDescriptor<PageInfo> type)
    {
        type.Field(p => p.HasNextPage);
        type.Field(p => p.HasPreviousPage);
        type.Field(p => p.StartCursor);
        type.Field(p => p.EndCursor);
    }
}
