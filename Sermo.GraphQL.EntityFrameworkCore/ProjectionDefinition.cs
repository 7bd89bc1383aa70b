using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>Which members a GraphQL field reads, declared field by field, so a query selects only the columns
/// a request asks for: <see cref="Build"/> makes <c>item => new TResult { A = item.A, ... }</c> for the
/// requested fields, which EF Core turns into a SELECT of those columns. <typeparamref name="TResult"/> is a DTO,
/// or the entity type itself (then members not requested keep their defaults: do not save such an instance).
/// <code>
/// var rows = new ProjectionDefinition&lt;Case, CaseRow&gt;()
///     .Always(c => c.Id, r => r.Id)                        // the key, for ids and cursors
///     .Field("title", c => c.Title, r => r.Title)
///     .Field("postedAt", c => c.PostedAt, r => r.PostedAt);
/// db.Cases.Select(rows.Build(SelectedFields.Of(context)));
/// </code></summary>
public sealed class ProjectionDefinition<T, TResult>
{
    private readonly List<(string? Name, LambdaExpression Source, MemberInfo Target)> _members = [];
    private readonly ConcurrentDictionary<string, Expression<Func<T, TResult>>> _built = new(StringComparer.Ordinal);
    private readonly ConstructorInfo _constructor =
        typeof(TResult).GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)
        ?? throw new ArgumentException($"{typeof(TResult).Name} needs a parameterless constructor to be projected into.");

    /// <summary>A member read whatever the request selects (keys).</summary>
    public ProjectionDefinition<T, TResult> Always<TValue>(Expression<Func<T, TValue>> source, Expression<Func<TResult, TValue>> target) =>
        Add(null, source, target);

    /// <summary>A member read when the GraphQL field <paramref name="name"/> is selected (several members may share a name).</summary>
    public ProjectionDefinition<T, TResult> Field<TValue>(string name, Expression<Func<T, TValue>> source, Expression<Func<TResult, TValue>> target)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Add(name, source, target);
    }

    /// <summary>The projection for these requested field names (names not declared here are ignored: computed fields).
    /// Built once per set of names.</summary>
    public Expression<Func<T, TResult>> Build(IEnumerable<string> requested)
    {
        var names = requested.Where(name => _members.Exists(member => member.Name == name)).Distinct().Order(StringComparer.Ordinal).ToList();
        return _built.GetOrAdd(string.Join(',', names), _ => Create(names));
    }

    private Expression<Func<T, TResult>> Create(IReadOnlyList<string> names)
    {
        var item = Expression.Parameter(typeof(T), "item");
        var bindings = _members
            .Where(member => member.Name is null || names.Contains(member.Name))
            .GroupBy(member => member.Target)
            .Select(group => Expression.Bind(group.Key, MemberPaths.Inline(group.First().Source, item)));
        return Expression.Lambda<Func<T, TResult>>(Expression.MemberInit(Expression.New(_constructor), bindings), item);
    }

    private ProjectionDefinition<T, TResult> Add<TValue>(string? name, Expression<Func<T, TValue>> source, Expression<Func<TResult, TValue>> target)
    {
        if (target.Body is not MemberExpression { Member: PropertyInfo or FieldInfo } member || member.Expression != target.Parameters[0])
            throw new ArgumentException($"The target {target} must be a property or field of {typeof(TResult).Name}.", nameof(target));
        if (member.Member is PropertyInfo { CanWrite: false })
            throw new ArgumentException($"{typeof(TResult).Name}.{member.Member.Name} has no setter to project into.", nameof(target));
        _members.Add((name, source, member.Member));
        _built.Clear();
        return this;
    }
}
