using System.Linq.Expressions;
using System.Text;
using Sermo.GraphQL.Authorization;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>The fields a list may be filtered by, declared one by one with the operators each accepts; nothing
/// else can be filtered. A filter argument (<c>{ specialty: { in: ["cardiology"] }, or: [...] }</c>) becomes one
/// expression tree that EF Core translates to the SQL WHERE clause, its values sent as parameters.
/// <code>
/// var filter = new FilterDefinition&lt;Case&gt;("CaseFilter")
///     .Field("specialty", c => c.SpecialtyCode, FilterOperators.Eq | FilterOperators.In)
///     .Field("postedAt", c => c.PostedAt, FilterOperators.Gte | FilterOperators.Lt);
/// IQueryable&lt;Case&gt; open = await filter.ApplyAsync(db.Cases, context.Arguments["where"] as IReadOnlyDictionary&lt;string, object?&gt;, context);
/// </code>
/// Within one object all conditions hold (AND); <c>and</c> and <c>or</c> take lists of filters, nested at most
/// <see cref="MaxDepth"/> deep; <c>in</c> takes at most <see cref="MaxListValues"/> values. A field declared with
/// <c>requires:</c> may be filtered by only by a caller who may read it: <see cref="ApplyAsync"/> asks the request's
/// field authorizer before the query is touched.</summary>
public sealed class FilterDefinition<T>(string inputTypeName)
{
    private readonly Dictionary<string, FilterField> _fields = new(StringComparer.Ordinal);

    /// <summary>The GraphQL input type of the filter argument (its operator inputs are named after it).</summary>
    public string InputTypeName { get; } = inputTypeName;

    public int MaxDepth { get; init; } = 5;

    public int MaxListValues { get; init; } = 100;

    /// <param name="graphQLType">The GraphQL type of the values in generated SDL; needed for enums and other non-scalar members.</param>
    /// <param name="parse">Turns a client's value into the member's (a global id into its key, text into lower case);
    /// without it the coerced value is converted as it is. It may throw a GraphQL error for a value it refuses.</param>
    /// <param name="requires">What a caller needs to filter by the field, the same requirement that guards reading it
    /// (filtering by a value reveals it); null when anyone may.</param>
    public FilterDefinition<T> Field<TValue>(
        string name,
        Expression<Func<T, TValue>> member,
        FilterOperators operators,
        string? graphQLType = null,
        Func<object, TValue>? parse = null,
        AuthorizeRequirement? requires = null) =>
        Add(new FilterField(name, member, operators, graphQLType, requires, Untyped(parse)), typeof(TValue));

    /// <summary>A field over a collection of values (a drug's class ids): a condition holds when it holds for at least
    /// one of the item's values, in SQL an <c>EXISTS</c> over the collection.
    /// <code>
    /// filter.AnyField("class", drug => drug.Classes.Select(c => c.DrugClassId), FilterOperators.Eq | FilterOperators.In);
    /// </code></summary>
    public FilterDefinition<T> AnyField<TValue>(
        string name,
        Expression<Func<T, IEnumerable<TValue>>> values,
        FilterOperators operators,
        string? graphQLType = null,
        Func<object, TValue>? parse = null,
        AuthorizeRequirement? requires = null)
    {
        Expression<Func<TValue, TValue>> each = value => value;
        return Add(new FilterField(name, each, operators, graphQLType, requires, Untyped(parse), values), typeof(TValue));
    }

    private FilterDefinition<T> Add(FilterField field, Type valueType)
    {
        var name = field.Name;
        ArgumentException.ThrowIfNullOrEmpty(name, nameof(field));
        if (name is "and" or "or")
            throw new ArgumentException("\"and\" and \"or\" combine filters; they cannot be field names.", nameof(field));
        if (field.Operators == FilterOperators.None)
            throw new ArgumentException($"The filter field \"{name}\" accepts no operator.", nameof(field));
        if ((field.Operators & (FilterOperators.Contains | FilterOperators.StartsWith)) != 0 && valueType != typeof(string))
            throw new ArgumentException($"\"contains\" and \"startsWith\" are for text; \"{name}\" is {valueType.Name}.", nameof(field));
        if (!_fields.TryAdd(name, field))
            throw new ArgumentException($"The filter field \"{name}\" is declared twice.", nameof(field));
        return this;
    }

    private static Func<object, object?>? Untyped<TValue>(Func<object, TValue>? parse) =>
        parse is null ? null : value => parse(value);

    /// <summary>The query with the filter's WHERE clause (the query unchanged without a filter), for the caller of
    /// <paramref name="context"/>: a field the filter uses that the caller may not read fails the resolver's field with
    /// <c>AUTH_NOT_AUTHENTICATED</c> or <c>AUTH_NOT_AUTHORIZED</c> and the query is left untouched (nothing is sent).</summary>
    public async ValueTask<IQueryable<T>> ApplyAsync(IQueryable<T> query, IReadOnlyDictionary<string, object?>? filter, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var required = new List<AuthorizeRequirement>();
        var predicate = Compile(filter, required);
        if (required.Count > 0)
            await AuthorizationMiddleware.CheckAsync(context, required).ConfigureAwait(false);
        return predicate is null ? query : query.Where(predicate);
    }

    /// <summary>The query with the filter's WHERE clause, outside a request (no caller to authorize): a filter using a
    /// field declared with <c>requires:</c> throws <see cref="InvalidOperationException"/>; use <see cref="ApplyAsync"/>.</summary>
    public IQueryable<T> Apply(IQueryable<T> query, IReadOnlyDictionary<string, object?>? filter) =>
        Build(filter) is { } predicate ? query.Where(predicate) : query;

    /// <summary>The filter as a predicate (null without a filter); an undeclared field or operator, a value that does
    /// not fit, or a filter nested too deep is a <c>BAD_USER_INPUT</c> error. Like <see cref="Apply"/>, it refuses a
    /// field declared with <c>requires:</c>.</summary>
    public Expression<Func<T, bool>>? Build(IReadOnlyDictionary<string, object?>? filter)
    {
        var required = new List<AuthorizeRequirement>();
        var predicate = Compile(filter, required);
        if (required.Count > 0)
            throw new InvalidOperationException(
                $"The {InputTypeName} filter uses a field that requires authorization ({string.Join("; ", required)}): call ApplyAsync with the resolver context.");
        return predicate;
    }

    /// <summary>The predicate, and in <paramref name="required"/> what the fields it uses require.</summary>
    private Expression<Func<T, bool>>? Compile(IReadOnlyDictionary<string, object?>? filter, List<AuthorizeRequirement> required)
    {
        if (filter is null)
            return null;
        var item = Expression.Parameter(typeof(T), "item");
        return Expression.Lambda<Func<T, bool>>(Build(item, filter, 1, required), item);
    }

    private Expression Build(ParameterExpression item, IReadOnlyDictionary<string, object?> filter, int depth, List<AuthorizeRequirement> required)
    {
        if (depth > MaxDepth)
            throw InputErrors.BadInput($"Filters may nest at most {MaxDepth} deep.");
        Expression? all = null;
        foreach (var (name, value) in filter)
        {
            Expression condition;
            if (name is "and" or "or")
            {
                var parts = Filters(value, name).Select(part => Build(item, part, depth + 1, required)).ToList();
                condition = parts.Count == 0
                    ? Expression.Constant(name == "and")
                    : parts.Aggregate(name == "and" ? Expression.AndAlso : Expression.OrElse);
            }
            else if (_fields.TryGetValue(name, out var field))
            {
                if (value is null)
                    continue;
                if (field.Requirement is { } requirement && !required.Contains(requirement))
                    required.Add(requirement);
                condition = field.Build(item, value as IReadOnlyDictionary<string, object?>
                    ?? throw InputErrors.BadInput($"The filter on \"{name}\" needs an object of operators."), MaxListValues);
            }
            else
            {
                throw InputErrors.BadInput($"Cannot filter by \"{name}\"; the filter fields are: {string.Join(", ", _fields.Keys)}.");
            }
            all = all is null ? condition : Expression.AndAlso(all, condition);
        }
        return all ?? Expression.Constant(true);
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Filters(object? value, string name) =>
        value switch
        {
            null => [],
            IReadOnlyList<object?> list => list.Select(part => part as IReadOnlyDictionary<string, object?>
                ?? throw InputErrors.BadInput($"\"{name}\" takes a list of filters.")),
            IReadOnlyDictionary<string, object?> single => [single],
            _ => throw InputErrors.BadInput($"\"{name}\" takes a list of filters."),
        };

    /// <summary>The filter's input types in SDL: <c>input {InputTypeName}</c> with <c>and</c>, <c>or</c> and one
    /// field per declared field, each an input of its declared operators.</summary>
    public string ToSdl()
    {
        var sdl = new StringBuilder();
        sdl.Append('\n').Append("input ").Append(InputTypeName).Append(" {\n");
        sdl.Append("  \"Every filter in the list holds.\"\n  and: [").Append(InputTypeName).Append("!]\n");
        sdl.Append("  \"At least one filter in the list holds.\"\n  or: [").Append(InputTypeName).Append("!]\n");
        foreach (var field in _fields.Values)
            sdl.Append("  ").Append(field.Name).Append(": ").Append(OperatorInputName(field)).Append('\n');
        sdl.Append("}\n");
        foreach (var field in _fields.Values)
        {
            var type = GraphQLTypeNames.Of(field.ValueType, field.Name, field.GraphQLType);
            sdl.Append('\n').Append("input ").Append(OperatorInputName(field)).Append(" {\n");
            foreach (var op in Enum.GetValues<FilterOperators>())
            {
                if (op == FilterOperators.None || (op & (op - 1)) != 0 || (field.Operators & op) == 0)
                    continue;
                sdl.Append("  ").Append(FilterField.NameOf(op)).Append(": ").Append(op == FilterOperators.In ? $"[{type}!]" : type).Append('\n');
            }
            sdl.Append("}\n");
        }
        return sdl.ToString();
    }

    /// <summary>Adds the filter's input types, the ones <see cref="ToSdl"/> writes, to a code-first schema (an enum named
    /// with <c>graphQLType:</c> must be a type of that schema); returns <paramref name="schema"/>.</summary>
    public SchemaBuilder AddTo(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.AddTypeDefinitions(ToSdl());
    }

    private string OperatorInputName(FilterField field) =>
        $"{InputTypeName}{char.ToUpperInvariant(field.Name[0])}{field.Name[1..]}";
}
