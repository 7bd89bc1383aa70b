using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>The Relay connection of cases, bound to the data layer's <see cref="Connection{T}"/>.</summary>
public sealed class CaseConnectionType : ObjectTypeConfiguration<Connection<Case>>
{
    public override void Configure(ObjectTypeDescriptor<Connection<Case>> type)
    {
        type.Name("CaseConnection");
        type.Field(c => c.Edges).Type<NonNull<ListOf<NonNull<CaseEdgeType>>>>();
        type.Field(c => c.Nodes).Type<NonNull<ListOf<NonNull<CaseType>>>>();
        type.Field(c => c.PageInfo).Type<NonNull<PageInfoType>>();
    }
}
