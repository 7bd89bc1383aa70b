using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Utilities;

namespace Sermo.Benchmarks.Workloads;

/// <summary>20 authors with 3 books each; <c>md5</c> is computed by a resolver on every request, every other
/// field is read from the data by the default resolver. The SDL, the query and the data are the files the
/// Node peers run.</summary>
public static class AuthorsBooks
{
    public static readonly string Sdl = WorkloadFiles.Read("authors-books.graphql");
    public static readonly string Query = WorkloadFiles.Read("authors-books.query.graphql");

    public static AuthorsBooksData LoadData() =>
        JsonSerializer.Deserialize<AuthorsBooksData>(WorkloadFiles.Read("authors-books.json"), JsonOptions)
        ?? throw new InvalidOperationException("authors-books.json holds no data.");

    /// <summary>The workload's executor. Without <paramref name="authors"/> the query reads the request's root value
    /// (<see cref="CreateRequest"/>), as the engine benchmarks run it; with it, <c>Query.authors</c> answers that
    /// data, as a server's resolver would (the HTTP benchmark).</summary>
    public static RequestExecutor CreateExecutor(AuthorsBooksData? authors = null)
    {
        var options = new SdlBuildOptions { Resolvers = { ["Author.md5"] = ResolveMd5 } };
        if (authors is not null)
            options.Resolvers["Query.authors"] = _ => ValueTask.FromResult<object?>(authors.Authors);
        return new RequestExecutor(SdlSchemaBuilder.Build(Sdl, options));
    }

    public static GraphQLRequest CreateRequest(AuthorsBooksData data) => new() { Query = Query, RootValue = data };

    private static ValueTask<object?> ResolveMd5(IResolverContext context) =>
        ValueTask.FromResult<object?>(NameMd5(((Author)context.Parent!).Name));

    /// <summary>The lower-case hex MD5 of the name's UTF-8 bytes, as the Node peers compute it, on every request
    /// (GraphQL.NET's md5 resolver calls it too): the bytes and the hash live on the stack, so the hex string is
    /// the only allocation.</summary>
    public static string NameMd5(string name)
    {
        // Names are short; a long one is encoded into an array rather than a large stack frame.
        var maxLength = Encoding.UTF8.GetMaxByteCount(name.Length);
        Span<byte> utf8 = maxLength <= 256 ? stackalloc byte[maxLength] : new byte[maxLength];
        utf8 = utf8[..Encoding.UTF8.GetBytes(name, utf8)];
        Span<byte> hash = stackalloc byte[MD5.HashSizeInBytes];
        MD5.HashData(utf8, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
}

public sealed record AuthorsBooksData(IReadOnlyList<Author> Authors);

public sealed record Author(string Id, string Name, IReadOnlyList<Book> Books);

public sealed record Book(string Id, string Name);
