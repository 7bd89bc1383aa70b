using Sermo.GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.ProductPath;

public sealed class AdviceType : ObjectTypeConfiguration<Advice>
{
    public override void Configure(ObjectTypeDescriptor<Advice> type)
    {
        type.Field(a => a.Body);
        type.Field(a => a.HelpfulVotes);
    }
}
