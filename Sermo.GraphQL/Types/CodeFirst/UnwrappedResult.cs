using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>How a member produces its value: directly, through a Task or ValueTask, or as a stream of events.</summary>
internal enum ResultKind
{
    Value,
    Task,
    ValueTask,
    Stream,
}

/// <summary>A member's result type with Task&lt;T&gt;, ValueTask&lt;T&gt; or IAsyncEnumerable&lt;T&gt; taken off.</summary>
internal readonly record struct UnwrappedResult(ResultKind Kind, Type Type, NullabilityInfo? Nullability)
{
    public static UnwrappedResult From(Type type, NullabilityInfo? nullability)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var kind = definition == typeof(Task<>) ? ResultKind.Task
                : definition == typeof(ValueTask<>) ? ResultKind.ValueTask
                : definition == typeof(IAsyncEnumerable<>) ? ResultKind.Stream
                : ResultKind.Value;
            if (kind != ResultKind.Value)
                return new UnwrappedResult(kind, type.GetGenericArguments()[0], nullability?.GenericTypeArguments.FirstOrDefault());
        }
        return new UnwrappedResult(ResultKind.Value, type, nullability);
    }

    /// <summary>void, Task and ValueTask give no value a field could return.</summary>
    public static bool HasNoValue(Type type) => type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask);
}
