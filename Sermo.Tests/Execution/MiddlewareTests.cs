using System.Collections.Concurrent;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>Field middleware wraps resolvers outermost first, is composed once per field, and may refuse.</summary>
public class MiddlewareTests
{
    [Fact]
    public async Task Middleware_runs_outermost_first_around_the_resolver()
    {
        var log = new ConcurrentQueue<string>();
        FieldMiddleware Named(string name) => next => async context =>
        {
            log.Enqueue($"{name} before");
            var value = await next(context);
            log.Enqueue($"{name} after");
            return value;
        };
        var schema = Schema("type Query { a: String }", options =>
        {
            options.Resolvers["Query.a"] = _ =>
            {
                log.Enqueue("resolver");
                return Value("a");
            };
            options.FieldMiddleware.Add(Named("outer"));
            options.FieldMiddleware.Add(Named("inner"));
        });

        Assert.Equal(Json("{'data':{'a':'a'}}"), await RunAsync(schema, "{ a }"));
        Assert.Equal(["outer before", "inner before", "resolver", "inner after", "outer after"], log);
    }

    [Fact]
    public async Task Middleware_is_composed_once_per_field_not_per_call()
    {
        var compositions = new ConcurrentDictionary<string, int>();
        var schema = Schema("type Query { a: String b: String }", options =>
            options.FieldMiddleware.Add(next =>
            {
                var id = Guid.NewGuid().ToString();
                compositions[id] = 0;
                return context => next(context);
            }));
        var executor = new RequestExecutor(schema);

        for (var i = 0; i < 3; i++)
            await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a b x: a }", RootValue = new Dictionary<string, object?> { ["a"] = "a" } });

        Assert.Equal(2, compositions.Count);
    }

    [Fact]
    public async Task A_refusing_middleware_nulls_the_field_with_its_error()
    {
        var schema = Schema("type Query { secret: String open: String }", options =>
        {
            options.Resolvers["Query.secret"] = _ => throw new InvalidOperationException("must not run");
            options.Resolvers["Query.open"] = _ => Value("open");
            options.FieldMiddleware.Add(next => context =>
            {
                if (context.Field.Name != "secret")
                    return next(context);
                context.ReportError(new GraphQLError("The current user is not authorized to access this resource.", extensions: new Dictionary<string, object?> { ["code"] = "AUTH_NOT_AUTHORIZED" }));
                return Value(null);
            });
        });

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':1,'column':3}],'path':['secret'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'secret':null,'open':'open'}}"),
            await RunAsync(schema, "{ secret open }"));
    }
}
