using System.Collections.Concurrent;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>DataLoaders batch what sibling resolvers ask for into one call per level of the result, and cache
/// keys for the request.</summary>
public class DataLoaderTests
{
    public sealed record AuthorRow(int Id, string Name);

    public sealed record BookRow(int Id, int AuthorId, string Title);

    private static readonly AuthorRow[] Authors = [.. Enumerable.Range(1, 5).Select(id => new AuthorRow(id, $"author {id}"))];
    private static readonly BookRow[] Books = [.. Authors.SelectMany(author => Enumerable.Range(0, 3).Select(n => new BookRow(author.Id * 10 + n, author.Id, $"book {author.Id}.{n}")))];

    /// <summary>Records every batch a loader receives; shared with the loaders through the request's services.</summary>
    public sealed class BatchLog
    {
        public ConcurrentQueue<(string Loader, int[] Keys)> Batches { get; } = new();
    }

    public sealed class AuthorById(BatchLog log) : DataLoader<int, AuthorRow>
    {
        protected override async Task<IReadOnlyDictionary<int, AuthorRow>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Batches.Enqueue((nameof(AuthorById), [.. keys]));
            await Task.Yield();
            return Authors.Where(author => keys.Contains(author.Id)).ToDictionary(author => author.Id);
        }
    }

    public sealed class BooksByAuthor(BatchLog log) : GroupDataLoader<int, BookRow>
    {
        protected override Task<ILookup<int, BookRow>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Batches.Enqueue((nameof(BooksByAuthor), [.. keys]));
            return Task.FromResult(Books.Where(book => keys.Contains(book.AuthorId)).ToLookup(book => book.AuthorId));
        }
    }

    private sealed class Services(BatchLog log) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(BatchLog) ? log : null;
    }

    private static readonly GraphQL.Types.Schema Library = Schema(
        """
        type Query { authorIds: [Int!]! authors: [Author!]! }
        type Author { id: Int! name: String! books: [Book!]! }
        type Book { title: String! author: Author! }
        """,
        options =>
        {
            options.Resolvers["Query.authorIds"] = _ => Value(new[] { 1, 2, 3, 4, 5, 1, 2 });
            options.Resolvers["Query.authors"] = async context =>
                await context.DataLoader<AuthorById>().LoadAsync([1, 2, 3, 4, 5, 1, 2]);
            options.Resolvers["Author.books"] = async context =>
                await context.DataLoader<BooksByAuthor>().LoadAsync(((AuthorRow)context.Parent!).Id);
            options.Resolvers["Book.author"] = async context =>
                await context.DataLoader<AuthorById>().LoadAsync(((BookRow)context.Parent!).AuthorId);
        });

    private static async Task<(OperationResult Result, BatchLog Log)> RunWithLogAsync(string query)
    {
        var log = new BatchLog();
        var executor = new RequestExecutor(Library);
        var result = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest { Query = query, Services = new Services(log) });
        Assert.Empty(result.Errors);
        return (result, log);
    }

    [Fact]
    public async Task Sibling_resolvers_make_one_batch_with_each_key_once()
    {
        var (result, log) = await RunWithLogAsync("{ authors { name books { title } } }");

        var batches = log.Batches.ToArray();
        Assert.Equal(2, batches.Length);
        Assert.Equal(nameof(AuthorById), batches[0].Loader);
        Assert.Equal([1, 2, 3, 4, 5], batches[0].Keys);
        Assert.Equal(nameof(BooksByAuthor), batches[1].Loader);
        Assert.Equal([1, 2, 3, 4, 5], batches[1].Keys);
        var authors = Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Data!["authors"]);
        Assert.Equal(7, authors.Count);
    }

    [Fact]
    public async Task Each_level_batches_once_and_the_request_cache_skips_known_keys()
    {
        var (result, log) = await RunWithLogAsync("{ authors { books { author { name } } } }");

        Assert.Equal(
            [nameof(AuthorById), nameof(BooksByAuthor)],
            log.Batches.Select(batch => batch.Loader));
        var firstBook = ((IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)result.Data!["authors"]!)[0]!)["books"]!)[0]!);
        Assert.Equal("author 1", ((IReadOnlyDictionary<string, object?>)firstBook["author"]!)["name"]);
    }

    [Fact]
    public async Task Keys_first_asked_for_at_a_deeper_level_form_that_levels_batch()
    {
        var log = new BatchLog();
        var schema = Schema(
            "type Query { books: [Book!]! } type Book { title: String! author: Author! } type Author { name: String! }",
            options =>
            {
                options.Resolvers["Query.books"] = async _ =>
                {
                    await Task.Yield();
                    return Books;
                };
                options.Resolvers["Book.author"] = async context => await context.DataLoader<AuthorById>().LoadAsync(((BookRow)context.Parent!).AuthorId);
            });

        var result = (OperationResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ books { author { name } } }", Services = new Services(log) });

        Assert.Empty(result.Errors);
        var batch = Assert.Single(log.Batches);
        Assert.Equal([1, 2, 3, 4, 5], batch.Keys);
    }

    [Fact]
    public async Task Each_request_gets_its_own_loader_and_cache()
    {
        var log = new BatchLog();
        var executor = new RequestExecutor(Library);

        for (var i = 0; i < 2; i++)
            await executor.ExecuteAsync(new GraphQLRequest { Query = "{ authors { name } }", Services = new Services(log) });

        Assert.Equal(2, log.Batches.Count);
    }

    [Fact]
    public async Task A_failing_batch_fails_each_field_that_waited_on_it()
    {
        var schema = Schema("type Query { a: Int b: Int }", options =>
        {
            options.Resolvers["Query.a"] = async context => await context.DataLoader<FailingLoader>().LoadAsync(1);
            options.Resolvers["Query.b"] = async context => await context.DataLoader<FailingLoader>().LoadAsync(2);
        });

        var result = await ExecuteAsync(schema, "{ a b }");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.IsType<TimeoutException>(error.Exception));
    }

    public sealed class FailingLoader : DataLoader<int, int>
    {
        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            Task.FromException<IReadOnlyDictionary<int, int>>(new TimeoutException("database unavailable"));
    }

    [Fact]
    public async Task Outside_an_executor_a_loader_still_loads_each_key_once()
    {
        var log = new BatchLog();
        var loader = new AuthorById(log);

        var loads = await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(1));

        Assert.Equal(["author 1", "author 2", "author 1"], loads.Select(author => author!.Name));
        Assert.Equal([1, 2], log.Batches.SelectMany(batch => batch.Keys).Order());
    }
}
