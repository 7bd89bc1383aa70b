namespace Sermo.GraphQL.Execution;

/// <summary>Result objects and lists kept per thread for reuse. Each execution records the nodes it takes
/// (<see cref="TakenNodes"/>); when its <see cref="OperationResult"/> is disposed (the transports dispose a response
/// once it is written) the record comes back here with its nodes, and the next execution on the thread replays it,
/// so a steady stream of requests builds its trees from the same objects instead of allocating them: the tree was
/// most of what a request allocated, and collecting it most of the server's garbage collection. Results that are
/// never disposed are simply collected.</summary>
/// <remarks>Nodes come back with their values cleared (<see cref="TakenNodes.Release"/>): no caller's data waits in
/// the pool for the next caller, and a node read after its response was disposed throws instead of showing another
/// response (<see cref="OperationResult.Data"/> itself throws once disposed). docs/benchmarks.md gives the cost.</remarks>
internal static class ResultNodePool
{
    /// <summary>Bounds what one thread keeps: enough for several large responses, never unbounded.</summary>
    private const int MaxKeptPerThread = 4096;

    private const int MaxKeptRecords = 8;

    /// <summary>Records of earlier executions, each still holding its nodes (<see cref="TakenNodes"/>).</summary>
    [ThreadStatic]
    private static ReferenceStack<TakenNodes>? t_records;

    /// <summary>Nodes a replay could not use where they stood (an object where a list was needed, or the reverse).</summary>
    [ThreadStatic]
    private static ReferenceStack<ResultMap>? t_spareMaps;

    [ThreadStatic]
    private static ReferenceStack<ResultList>? t_spareLists;

    /// <summary>The record an execution takes its nodes through: the last one given back on this thread, so that
    /// back-to-back requests of one shape replay each other's trees.</summary>
    public static TakenNodes RentTakenNodes() => t_records is { Count: > 0 } records ? records.Pop() : new TakenNodes();

    public static ResultMap RentMap(TakenNodes taken, SelectionPlan plan, ResultNode? parent, int parentSlot, bool parentSlotIsNonNull)
    {
        var next = taken.Next;
        if (next is ResultList displaced)
            Spare(ref t_spareLists, displaced);
        var map = next as ResultMap ?? (t_spareMaps is { Count: > 0 } spares ? spares.Pop() : new ResultMap());
        map.Reset(taken, plan, parent, parentSlot, parentSlotIsNonNull);
        taken.Take(map);
        return map;
    }

    public static ResultList RentList(TakenNodes taken, int capacity, ResultNode parent, int parentSlot, bool parentSlotIsNonNull)
    {
        var next = taken.Next;
        if (next is ResultMap displaced)
            Spare(ref t_spareMaps, displaced);
        var list = next as ResultList ?? (t_spareLists is { Count: > 0 } spares ? spares.Pop() : new ResultList());
        list.Reset(taken, capacity, parent, parentSlot, parentSlotIsNonNull);
        taken.Take(list);
        return list;
    }

    /// <summary>Takes back every node an execution took, their values cleared; the record keeps them.</summary>
    public static void Return(TakenNodes taken)
    {
        taken.Release();
        var records = t_records ??= new ReferenceStack<TakenNodes>(MaxKeptRecords);
        if (records.Count < MaxKeptRecords && taken.Count <= MaxKeptPerThread)
            records.Push(taken);
    }

    private static void Spare<T>(ref ReferenceStack<T>? spares, T node) where T : ResultNode
    {
        spares ??= new ReferenceStack<T>(16);
        if (spares.Count < MaxKeptPerThread)
            spares.Push(node);
    }
}
