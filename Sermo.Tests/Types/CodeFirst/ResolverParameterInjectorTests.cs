using System.Linq.Expressions;
using System.Reflection;
using System.Security.Claims;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Types.CodeFirst;

/// <summary>Resolver parameters the host fills in: injectors added to the builder are asked before the built-in
/// kinds, declare no GraphQL argument, and are compiled into the resolver.</summary>
public sealed class ResolverParameterInjectorTests
{
    public sealed record Tenant(string Name);

    /// <summary>The short way: a value of one type made from the resolver context.</summary>
    public sealed class TenantInjector : ResolverParameterInjector<Tenant>
    {
        public override Tenant Value(IResolverContext context) => new(context.User?.FindFirst("tenant")?.Value ?? "none");
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class ClaimAttribute(string type) : Attribute
    {
        public string Type { get; } = type;
    }

    /// <summary>The general way: an expression, here chosen by an attribute on the parameter.</summary>
    public sealed class ClaimInjector : IResolverParameterInjector
    {
        private static readonly MethodInfo ReadMethod = typeof(ClaimInjector).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

        public bool CanInject(ResolverParameter parameter) => parameter.Type == typeof(string) && parameter.Parameter.GetCustomAttribute<ClaimAttribute>() is not null;

        public Expression Inject(ResolverParameter parameter) =>
            Expression.Call(ReadMethod, parameter.Context, Expression.Constant(parameter.Parameter.GetCustomAttribute<ClaimAttribute>()!.Type));

        private static string? Read(IResolverContext context, string claimType) => context.User?.FindFirst(claimType)?.Value;
    }

    public sealed class WrongInjector : IResolverParameterInjector
    {
        public bool CanInject(ResolverParameter parameter) => parameter.Type == typeof(Tenant);

        public Expression Inject(ResolverParameter parameter) => Expression.Constant(42);
    }

    public sealed class Query
    {
        [GraphQLField]
        public string Hello(Tenant tenant, [Claim("sub")] string? subject, string greeting = "hi") => $"{greeting} {subject} of {tenant.Name}";
    }

    private static string Arguments(Schema schema) =>
        string.Join(", ", schema.QueryType!.Fields["hello"]!.Arguments.Select(argument => $"{argument.Name}: {argument.Type}"));

    [Fact]
    public async Task Host_injectors_fill_their_parameters_and_declare_no_argument()
    {
        var schema = new SchemaBuilder()
            .AddParameterInjector(new TenantInjector())
            .AddParameterInjector(new ClaimInjector())
            .AddQueryType<Query>()
            .Build();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u1"), new Claim("tenant", "acme")], "test"));

        await using var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = """{ hello(greeting: "hello") }""", User = user });

        Assert.Equal("greeting: String!", Arguments(schema));
        Assert.Equal("""{"data":{"hello":"hello u1 of acme"}}""", ResultJsonWriter.ToJson(Assert.IsType<OperationResult>(result)));
    }

    [Fact]
    public void Without_the_injectors_the_parameters_are_arguments()
    {
        var schema = new SchemaBuilder().AddQueryType<Query>().Build();

        Assert.Equal("tenant: TenantInput!, subject: String, greeting: String!", Arguments(schema));
    }

    [Fact]
    public void An_injector_giving_a_value_of_another_type_is_reported()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddParameterInjector(new WrongInjector()).AddQueryType<Query>().Build());

        Assert.Equal("Query.hello: WrongInjector gives a Int32 for the parameter tenant, which takes a Tenant.", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public async Task A_host_injector_comes_before_the_built_in_kinds()
    {
        var schema = new SchemaBuilder()
            .AddParameterInjector(new FixedTokenInjector())
            .AddQueryType(q => q.Field("cancelled").ResolveWith((CancellationToken token) => token.IsCancellationRequested))
            .Build();

        await using var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ cancelled }" });

        Assert.Equal("""{"data":{"cancelled":true}}""", ResultJsonWriter.ToJson(Assert.IsType<OperationResult>(result)));
    }

    private sealed class FixedTokenInjector : ResolverParameterInjector<CancellationToken>
    {
        public override CancellationToken Value(IResolverContext context) => new(canceled: true);
    }
}
