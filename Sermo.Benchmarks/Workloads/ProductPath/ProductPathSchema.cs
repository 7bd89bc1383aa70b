using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>The product path's code-first schema: <c>cases(first, after, last, before, where, orderBy)</c>, a Relay
/// connection paged by keyset through the data layer, with a declared filter and sort. With authorization, every
/// type requires the <c>physician</c> role (<see cref="PhysicianOnly{T}"/>) and the <c>cases</c> field also the
/// <see cref="ClinicDatabase.VerifiedPolicy"/> policy, decided by the server's authorizer from the request's services.</summary>
public static class ProductPathSchema
{
    public static readonly CursorCodec Cursors = new("product-path benchmark cursor secret, 32+ bytes"u8);

    public static readonly FilterDefinition<Case> Filter = new FilterDefinition<Case>("CaseFilter")
        .Field("specialty", c => c.Specialty, FilterOperators.Eq | FilterOperators.In)
        .Field("title", c => c.Title, FilterOperators.StartsWith);

    public static readonly SortDefinition<Case> Sort = SortDefinition<Case>.WithKey("Case", c => c.Id)
        .Field("postedAt", c => c.PostedAt)
        .Field("title", c => c.Title)
        .DefaultOrder(new SortField("postedAt", SortDirection.Descending));

    public static Schema Build(bool authorize)
    {
        var builder = new SchemaBuilder()
            .AddQueryType(query =>
            {
                var cases = query.Field("cases").Type<NonNull<CaseConnectionType>>()
                    .Argument("first", "Int").Argument("after", "String").Argument("last", "Int").Argument("before", "String")
                    .Argument("where", Filter.InputTypeName).Argument("orderBy", "[CaseSort!]")
                    .Resolve(ResolveCasesAsync);
                if (authorize)
                    cases.AuthorizeRoles(PhysicianOnly<object>.Role).AuthorizePolicy(ClinicDatabase.VerifiedPolicy);
            })
            .AddType<CaseConnectionType>()
            .AddType<CaseEdgeType>()
            .AddType<PageInfoType>()
            .AddType<CaseType>()
            .AddType<MemberType>()
            .AddType<AdviceType>();
        Filter.AddTo(builder);
        Sort.AddTo(builder, "CaseSort");
        if (authorize)
        {
            builder.AddType<PhysicianOnly<Connection<Case>>>()
                .AddType<PhysicianOnly<Edge<Case>>>()
                .AddType<PhysicianOnly<PageInfo>>()
                .AddType<PhysicianOnly<Case>>()
                .AddType<PhysicianOnly<Member>>()
                .AddType<PhysicianOnly<Advice>>();
        }
        return builder.Build();
    }

    private static async ValueTask<object?> ResolveCasesAsync(IResolverContext context)
    {
        var contexts = (IDbContextFactory<ClinicContext>)context.Services.GetService(typeof(IDbContextFactory<ClinicContext>))!;
        var db = await contexts.CreateDbContextAsync(context.CancellationToken);
        await using (db)
        {
            var cases = await Filter.ApplyAsync(db.Cases.AsNoTracking(), context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, context);
            var order = await Sort.ParseOrderAsync(context.Arguments.GetValueOrDefault("orderBy"), context);
            return await cases.ToConnectionAsync(Sort, order, PagingArguments.From(context.Arguments).Validate(), Cursors, cancellationToken: context.CancellationToken);
        }
    }
}
