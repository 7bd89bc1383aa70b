namespace Sermo.GraphQL.Execution;

/// <summary>The result nodes one execution took, in the order it took them. Given back with the execution's result,
/// the record keeps its nodes, and the next execution that rents it is offered them again in the same order (node k
/// for its k-th object or list): a request of the same shape rebuilds its tree from the very objects, in the very
/// places, of the one before, without moving any of them through a pool. Giving the record back clears the values its
/// nodes held and moves its <see cref="Generation"/> on, which stops the nodes answering reads of the old response.</summary>
internal sealed class TakenNodes
{
    private readonly ReferenceStack<ResultNode> _nodes = new(4);
    private int _taken;

    /// <summary>How many nodes the record holds: those taken by the current execution, then spares left over from a
    /// larger earlier tree.</summary>
    public int Count => _nodes.Count;

    /// <summary>The node taken at this point by the execution before, or null past the end of its record.</summary>
    public ResultNode? Next => _taken < _nodes.Count ? _nodes[_taken] : null;

    /// <summary>Records the next node taken: the one <see cref="Next"/> offered, a replacement for it, or one past the end.</summary>
    public void Take(ResultNode node)
    {
        if (_taken < _nodes.Count)
            _nodes.Replace(_taken, node);
        else
            _nodes.Push(node);
        _taken++;
    }

    /// <summary>Counts the responses the record has served; a node placed under an earlier generation belongs to a
    /// disposed response.</summary>
    public int Generation { get; private set; }

    /// <summary>Clears the values of every node the execution took (a node past those was cleared when an earlier,
    /// larger response was released) and makes them available again, in order, to the next execution.</summary>
    public void Release()
    {
        for (var i = 0; i < _taken; i++)
            _nodes[i].ClearValues();
        _taken = 0;
        Generation++;
    }
}
