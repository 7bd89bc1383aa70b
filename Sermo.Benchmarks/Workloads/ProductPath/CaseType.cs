using Sermo.GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary><c>Case</c>: its own columns, its author through a batched DataLoader and its advice through a batched
/// group loader (one query each per request, whatever the page size).</summary>
public sealed class CaseType : ObjectTypeConfiguration<Case>
{
    public override void Configure(ObjectTypeDescriptor<Case> type)
    {
        type.Field(c => c.Id);
        type.Field(c => c.Title);
        type.Field(c => c.PostedAt);
        type.Field("author").Type<NonNull<MemberType>>()
            .ResolveWith(([Parent] Case c, MemberById members) => members.LoadAsync(c.AuthorId));
        type.Field("advice").Type<NonNull<ListOf<NonNull<AdviceType>>>>()
            .ResolveWith(([Parent] Case c, AdviceByCase advice) => advice.LoadAsync(c.Id));
    }
}
