namespace Sermo.GraphQL.Execution;

/// <summary>Result objects and lists kept per thread for reuse. A response's tree comes back here when its
/// <see cref="OperationResult"/> is disposed (the transports dispose a response once it is written), so a
/// steady stream of requests builds its trees from the same objects instead of allocating them: the tree was
/// most of what a request allocated, and collecting it most of the server's garbage collection. Trees that are
/// never disposed are simply collected.</summary>
internal static class ResultNodePool
{
    /// <summary>Bounds what one thread keeps: enough for several large responses, never unbounded.</summary>
    private const int MaxKeptPerThread = 4096;

    [ThreadStatic]
    private static Stack<ResultMap>? t_maps;

    [ThreadStatic]
    private static Stack<ResultList>? t_lists;

    [ThreadStatic]
    private static Stack<ResultNode>? t_walk;

    public static ResultMap RentMap(SelectionPlan plan, ResultNode? parent, int parentSlot, bool parentSlotIsNonNull)
    {
        if (t_maps is { Count: > 0 } maps)
        {
            var map = maps.Pop();
            map.Reset(plan, parent, parentSlot, parentSlotIsNonNull);
            return map;
        }
        return new ResultMap(plan, parent, parentSlot, parentSlotIsNonNull);
    }

    public static ResultList RentList(int capacity, ResultNode parent, int parentSlot, bool parentSlotIsNonNull)
    {
        var list = t_lists is { Count: > 0 } lists ? lists.Pop() : new ResultList();
        list.Reset(capacity, parent, parentSlot, parentSlotIsNonNull);
        return list;
    }

    /// <summary>Takes back a whole tree. Every node is cleared, so nothing kept here refers to the response's
    /// data; nobody may read the tree afterwards.</summary>
    public static void Return(ResultMap root)
    {
        var maps = t_maps ??= new Stack<ResultMap>();
        var lists = t_lists ??= new Stack<ResultList>();
        var walk = t_walk ??= new Stack<ResultNode>();
        walk.Push(root);
        while (walk.TryPop(out var node))
        {
            if (node is ResultMap map)
            {
                map.Clear(walk);
                if (maps.Count < MaxKeptPerThread)
                    maps.Push(map);
            }
            else if (node is ResultList list)
            {
                list.Clear(walk);
                if (lists.Count < MaxKeptPerThread)
                    lists.Push(list);
            }
        }
    }
}
