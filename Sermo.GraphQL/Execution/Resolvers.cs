using System.Security.Claims;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>Produces a field's value. May complete synchronously (return a completed ValueTask) or not.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Produces the source stream of a subscription root field (spec 6.2.3.1 CreateSourceEventStream).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolverContext context);

/// <summary>Wraps a field's resolver: authorization, paging, filtering hook in here. A middleware that
/// refuses returns null and calls <see cref="IResolverContext.ReportError"/>.</summary>
public delegate FieldResolver FieldMiddleware(FieldResolver next);

/// <summary>Everything a resolver may know about the field it resolves and the request it serves.</summary>
public interface IResolverContext
{
    Schema Schema { get; }
    OperationDefinitionNode Operation { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    OutputField Field { get; }

    /// <summary>The field's syntax nodes as merged by field collection; the first is the representative.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    string ResponseName { get; }
    ResultPath Path { get; }

    /// <summary>The parent object's value (the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>The field's arguments after coercion, defaults applied; an argument not given and without default is absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    IServiceProvider Services { get; }
    ClaimsPrincipal? User { get; }

    /// <summary>State shared by every resolver of the request (the host puts what it likes here).</summary>
    IDictionary<string, object?> RequestData { get; }

    /// <summary>Signalled when the client goes away or the request times out.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>Adds an error for this field (its path and locations are filled in when missing).</summary>
    void ReportError(GraphQLError error);

    /// <summary>The request's single instance of a DataLoader type, created on first use.</summary>
    TLoader DataLoader<TLoader>() where TLoader : class;

    /// <summary>The fields selected below this one for the given concrete type (after fragments and
    /// <c>@skip</c>/<c>@include</c>): lets resolvers project or look ahead.</summary>
    IReadOnlyList<FieldSelection> SelectionsFor(ObjectType type);
}

/// <summary>A field selected in a selection set after collection: its response key, definition and syntax.</summary>
public sealed record FieldSelection(string ResponseName, OutputField Field, IReadOnlyList<FieldNode> FieldNodes);

/// <summary>An immutable path into the response: response keys and list indices.</summary>
public sealed class ResultPath
{
    public static readonly ResultPath Root = new(null, "", 0);

    private ResultPath(ResultPath? parent, object key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    public ResultPath? Parent { get; }

    /// <summary>A response key (string) or a list index (int); empty for the root.</summary>
    public object Key { get; }

    public int Depth { get; }

    public ResultPath Append(string responseName) => new(this, responseName, Depth + 1);

    public ResultPath Append(int index) => new(this, index, Depth + 1);

    /// <summary>The segments from the root down, as a response's <c>path</c> lists them.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var node = this; node.Parent is not null; node = node.Parent)
            segments[node.Depth - 1] = node.Key;
        return segments;
    }

    public override string ToString() => string.Join('.', ToList());
}
