namespace Sermo.GraphQL.Execution;

/// <summary>Result objects and lists kept per thread for reuse. Each execution lists the nodes it takes; when
/// its <see cref="OperationResult"/> is disposed (the transports dispose a response once it is written) they
/// all come back here, so a steady stream of requests builds its trees from the same objects instead of
/// allocating them: the tree was most of what a request allocated, and collecting it most of the server's
/// garbage collection. Results that are never disposed are simply collected.</summary>
/// <remarks>Nodes come back without their values cleared: a result node only ever holds serialized scalars
/// and other result nodes (never a resolver's own objects), every slot of an object is written before a
/// response can read it, and a list is read only up to its count. Clearing cost more than the pool saved.</remarks>
internal static class ResultNodePool
{
    /// <summary>Bounds what one thread keeps: enough for several large responses, never unbounded.</summary>
    private const int MaxKeptPerThread = 4096;

    private const int MaxKeptNodeLists = 16;

    [ThreadStatic]
    private static ReferenceStack<ResultMap>? t_maps;

    [ThreadStatic]
    private static ReferenceStack<ResultList>? t_lists;

    [ThreadStatic]
    private static ReferenceStack<ReferenceStack<ResultNode>>? t_nodeLists;

    /// <summary>A list for an execution to record the nodes it takes. A new one starts small: a result nobody
    /// releases keeps its list, and a small query should not pay for a large one.</summary>
    public static ReferenceStack<ResultNode> RentNodeList() => t_nodeLists is { Count: > 0 } lists ? lists.Pop() : new ReferenceStack<ResultNode>(4);

    public static ResultMap RentMap(ReferenceStack<ResultNode> taken, SelectionPlan plan, ResultNode? parent, int parentSlot, bool parentSlotIsNonNull)
    {
        ResultMap map;
        if (t_maps is { Count: > 0 } maps)
        {
            map = maps.Pop();
            map.Reset(plan, parent, parentSlot, parentSlotIsNonNull);
        }
        else
        {
            map = new ResultMap(plan, parent, parentSlot, parentSlotIsNonNull);
        }
        taken.Push(map);
        return map;
    }

    public static ResultList RentList(ReferenceStack<ResultNode> taken, int capacity, ResultNode parent, int parentSlot, bool parentSlotIsNonNull)
    {
        var list = t_lists is { Count: > 0 } lists ? lists.Pop() : new ResultList();
        list.Reset(capacity, parent, parentSlot, parentSlotIsNonNull);
        taken.Push(list);
        return list;
    }

    /// <summary>Takes back every node an execution took; nobody may read them afterwards.</summary>
    public static void Return(ReferenceStack<ResultNode> taken)
    {
        var maps = t_maps ??= new ReferenceStack<ResultMap>(256);
        var lists = t_lists ??= new ReferenceStack<ResultList>(64);
        // Pushed last-taken first, so the next execution pops them in the order this one took them: a request of the
        // same shape then puts each node back in the place it had, and most of its references are already there.
        for (var i = taken.Count - 1; i >= 0; i--)
        {
            if (taken[i] is ResultMap map)
            {
                if (maps.Count < MaxKeptPerThread)
                    maps.Push(map);
            }
            else if (lists.Count < MaxKeptPerThread)
            {
                lists.Push((ResultList)taken[i]);
            }
        }
        taken.Clear();
        var nodeLists = t_nodeLists ??= new ReferenceStack<ReferenceStack<ResultNode>>(MaxKeptNodeLists);
        if (nodeLists.Count < MaxKeptNodeLists && taken.Capacity <= MaxKeptPerThread)
            nodeLists.Push(taken);
    }
}
