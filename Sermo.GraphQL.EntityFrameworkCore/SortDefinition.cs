using System.Linq.Expressions;
using Sermo.GraphQL.Authorization;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>The fields a list may be sorted by, declared one by one (nothing else can be sorted by), and its
/// primary key, which always ends the ordering so ties are broken and keyset paging is exact.
/// <code>
/// var sort = SortDefinition&lt;Case&gt;.WithKey("Case", c => c.Id)
///     .Field("postedAt", c => c.PostedAt)
///     .Field("title", c => c.Title)
///     .DefaultOrder(new SortField("postedAt", SortDirection.Descending));
/// </code>
/// Sort fields must not hold null: databases disagree on where nulls sort and a keyset comparison with null is
/// never true, so a nullable member is refused at declaration (sort by a non-null expression such as
/// <c>c => c.SolvedAt ?? DateTime.MinValue</c> only if the database can index it; better, keep such fields out).
/// A field declared with <c>requires:</c> may be sorted by only by a caller who may read it (the order of the items
/// reveals how its values compare): <see cref="ParseOrderAsync"/> asks the request's field authorizer. The default
/// order is the list's own and is not checked.</summary>
public sealed class SortDefinition<T>
{
    private readonly Dictionary<string, SortKey<T>> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorizeRequirement> _requirements = new(StringComparer.Ordinal);
    private readonly SortKey<T> _key;
    private IReadOnlyList<SortField> _defaultOrder = [];

    private SortDefinition(string name, SortKey<T> key)
    {
        Name = name;
        _key = key;
    }

    /// <summary>Names the list (cursors made for one list do not open in another) and declares its primary key.</summary>
    public static SortDefinition<T> WithKey<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        RequireNonNull(key, "key");
        return new SortDefinition<T>(name, new SortKey<T, TKey>("id", SortDirection.Ascending, key));
    }

    public string Name { get; }

    public IEnumerable<string> FieldNames => _fields.Keys;

    /// <summary>Declares a field the client may sort by (a GraphQL field name and the member behind it).</summary>
    /// <param name="requires">What a caller needs to sort by the field, the same requirement that guards reading it;
    /// null when anyone may.</param>
    public SortDefinition<T> Field<TValue>(string name, Expression<Func<T, TValue>> member, AuthorizeRequirement? requires = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        RequireNonNull(member, name);
        if (!_fields.TryAdd(name, new SortKey<T, TValue>(name, SortDirection.Ascending, member)))
            throw new ArgumentException($"The sort field \"{name}\" is declared twice.", nameof(name));
        if (requires is not null)
            _requirements[name] = requires;
        return this;
    }

    /// <summary>The ordering used when the client asks for none (the key alone when not set).</summary>
    public SortDefinition<T> DefaultOrder(params SortField[] order)
    {
        foreach (var field in order)
        {
            if (!_fields.ContainsKey(field.Field))
                throw new ArgumentException($"\"{field.Field}\" is not a declared sort field.", nameof(order));
        }
        _defaultOrder = order;
        return this;
    }

    /// <summary>The ordering a client passed as <c>orderBy: [{ postedAt: DESC }, { title: ASC }]</c> (a list of
    /// the input <see cref="ToSdl"/> declares, one field set per entry), for the caller of <paramref name="context"/>:
    /// a field the caller may not read fails the resolver's field with <c>AUTH_NOT_AUTHENTICATED</c> or
    /// <c>AUTH_NOT_AUTHORIZED</c> before any query is made.</summary>
    public async ValueTask<IReadOnlyList<SortField>> ParseOrderAsync(object? orderBy, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var order = Parse(orderBy);
        if (RequirementsOf(order) is { Count: > 0 } required)
            await AuthorizationMiddleware.CheckAsync(context, required).ConfigureAwait(false);
        return order;
    }

    /// <summary>The ordering a client passed, outside a request (no caller to authorize): an ordering by a field
    /// declared with <c>requires:</c> throws <see cref="InvalidOperationException"/>; use <see cref="ParseOrderAsync"/>.</summary>
    public IReadOnlyList<SortField> ParseOrder(object? orderBy)
    {
        var order = Parse(orderBy);
        if (RequirementsOf(order) is { Count: > 0 } required)
            throw new InvalidOperationException(
                $"The ordering uses a {Name} sort field that requires authorization ({string.Join("; ", required)}): call ParseOrderAsync with the resolver context.");
        return order;
    }

    private List<AuthorizeRequirement> RequirementsOf(IReadOnlyList<SortField> order)
    {
        var required = new List<AuthorizeRequirement>();
        foreach (var field in order)
        {
            if (_requirements.TryGetValue(field.Field, out var requirement) && !required.Contains(requirement))
                required.Add(requirement);
        }
        return required;
    }

    private static List<SortField> Parse(object? orderBy)
    {
        if (orderBy is null)
            return [];
        IReadOnlyList<object?> entries = orderBy as IReadOnlyList<object?> ?? [orderBy];
        var order = new List<SortField>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry is not IReadOnlyDictionary<string, object?> { Count: 1 } single)
                throw InputErrors.BadInput("Each ordering entry names exactly one field: { field: ASC } or { field: DESC }.");
            var (field, direction) = single.First();
            order.Add(new SortField(field, direction switch
            {
                "ASC" => SortDirection.Ascending,
                "DESC" => SortDirection.Descending,
                _ => throw InputErrors.BadInput($"\"{field}\" sorts ASC or DESC."),
            }));
        }
        return order;
    }

    /// <summary>The sort input in SDL: <c>input {inputTypeName} @oneOf { field: SortDirection ... }</c> (declare
    /// <see cref="DataSdl.SortDirectionEnum"/> once beside it).</summary>
    public string ToSdl(string inputTypeName) =>
        $"\n\"One field to sort {Name} items by, and its direction.\"\ninput {inputTypeName} @oneOf {{\n"
        + string.Concat(_fields.Keys.Select(field => $"  {field}: SortDirection\n"))
        + "}\n";

    /// <summary>Adds the sort input <paramref name="inputTypeName"/> (what <see cref="ToSdl"/> writes) and the
    /// <c>SortDirection</c> enum to a code-first schema; several sorts may each add to one schema, which keeps one
    /// <c>SortDirection</c>. Returns <paramref name="schema"/>.</summary>
    public SchemaBuilder AddTo(SchemaBuilder schema, string inputTypeName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentException.ThrowIfNullOrEmpty(inputTypeName);
        return schema.AddTypeDefinitions(DataSdl.SortDirectionEnum + ToSdl(inputTypeName));
    }

    /// <summary><paramref name="query"/> in an ordering of this list (<paramref name="order"/>, else the default), the key
    /// last: the order its pages come in, for reading the whole list at once (a download) without writing the ordering
    /// a second time. An undeclared or repeated field is a <c>BAD_USER_INPUT</c> error, as for a page.</summary>
    public IOrderedQueryable<T> Apply(IQueryable<T> query, IReadOnlyList<SortField>? order = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return KeysetPaging.Ordered(query, Resolve(order), backward: false);
    }

    /// <summary>The client's ordering as sort keys, ending with the primary key; an undeclared or repeated
    /// field is a <c>BAD_USER_INPUT</c> error.</summary>
    internal IReadOnlyList<SortKey<T>> Resolve(IReadOnlyList<SortField>? order)
    {
        if (order is null || order.Count == 0)
            order = _defaultOrder;
        var keys = new List<SortKey<T>>(order.Count + 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in order)
        {
            if (!_fields.TryGetValue(field.Field, out var declared))
                throw InputErrors.BadInput($"Cannot sort by \"{field.Field}\"; the sort fields are: {string.Join(", ", _fields.Keys)}.");
            if (!seen.Add(field.Field))
                throw InputErrors.BadInput($"\"{field.Field}\" appears twice in the ordering.");
            keys.Add(declared.WithDirection(field.Direction));
        }
        keys.Add(_key);
        return keys;
    }

    /// <summary>Names one ordering of this list, for cursors: "Case:postedAt desc,id asc".</summary>
    internal string OrderingName(IReadOnlyList<SortKey<T>> keys) =>
        $"{Name}:{string.Join(',', keys.Select(key => key.Name + (key.Descending ? " desc" : " asc")))}";

    private static void RequireNonNull(LambdaExpression member, string name)
    {
        if (MemberPaths.MayBeNull(member))
            throw new ArgumentException(
                $"The sort field \"{name}\" ({member}) may be null; sort keys must be non-null for keyset paging to be exact.", nameof(member));
    }
}
