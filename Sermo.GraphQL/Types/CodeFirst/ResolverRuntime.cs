using System.Linq.Expressions;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>The small generic helpers that compiled resolvers call: typed parent, argument and service
/// access, and adapting Task, ValueTask and streams to the engine's delegates. Each is chosen once per
/// field at build; nothing here reflects per call.</summary>
internal static class ResolverRuntime
{
    public static T Parent<T>(IResolverContext context) => context.Parent is T parent ? parent : RootInstance<T>.Get(context);

    public static T ParentValue<T>(IResolverContext context) => context.Parent is T parent
        ? parent
        : throw new InvalidOperationException($"The parent value is a {context.Parent?.GetType().Name ?? "null"}, not a {typeof(T).Name}.");

    public static T Service<T>(IResolverContext context, bool required)
    {
        if (context.Services.GetService(typeof(T)) is T service)
            return service;
        return required
            ? throw new InvalidOperationException($"No service of type {typeof(T).FullName} is registered.")
            : default!;
    }

    public static T Argument<T>(IResolverContext context, string name, Func<object?, object?>? convert, T fallback)
    {
        if (!context.Arguments.TryGetValue(name, out var value) || value is null)
            return value is null && context.Arguments.ContainsKey(name) ? default! : fallback;
        if (value is T typed)
            return typed;
        return convert is not null ? (T)convert(value)! : (T)value;
    }

    public static ValueTask<object?> FromValue<T>(T value) => new(value);

    public static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

    public static ValueTask<IAsyncEnumerable<object?>> FromStream<T>(IAsyncEnumerable<T> stream) =>
        new(stream as IAsyncEnumerable<object?> ?? Box(stream));

    private static async ValueTask<object?> Await<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> Await<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream)
    {
        await foreach (var item in stream.ConfigureAwait(false))
            yield return item;
    }

    /// <summary>The instance behind root fields (and any parent the executor does not supply): a registered
    /// service of that type, else one instance made with the parameterless constructor.</summary>
    private static class RootInstance<T>
    {
        private static readonly Lazy<T>? Created = typeof(T).GetConstructor(Type.EmptyTypes) is { } constructor
            ? new Lazy<T>(Expression.Lambda<Func<T>>(Expression.New(constructor)).Compile())
            : null;

        public static T Get(IResolverContext context)
        {
            if (context.Services.GetService(typeof(T)) is T service)
                return service;
            return Created is not null
                ? Created.Value
                : throw new InvalidOperationException($"No {typeof(T).Name} to resolve its fields on: register it as a service or give it a parameterless constructor.");
        }
    }
}
