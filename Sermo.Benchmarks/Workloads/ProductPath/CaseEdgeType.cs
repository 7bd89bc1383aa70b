using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.ProductPath;

public sealed class CaseEdgeType : ObjectTypeConfiguration<Edge<Case>>
{
    public override void Configure(ObjectTypeDescriptor<Edge<Case>> type)
    {
        type.Name("CaseEdge");
        type.Field(e => e.Cursor);
        type.Field(e => e.Node).Type<NonNull<CaseType>>();
    }
}
