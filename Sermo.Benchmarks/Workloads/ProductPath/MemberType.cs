using Sermo.GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary><c>Member</c>: what peers see of a physician (the e-mail stays unbound).</summary>
public sealed class MemberType : ObjectTypeConfiguration<Member>
{
    public override void Configure(ObjectTypeDescriptor<Member> type)
    {
        type.Field(m => m.Pseudonym);
        type.Field(m => m.Specialty);
    }
}
