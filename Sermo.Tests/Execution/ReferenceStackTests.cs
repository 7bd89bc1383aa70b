using Sermo.GraphQL.Execution;

namespace Sermo.Tests.Execution;

public sealed class ReferenceStackTests
{
    [Fact]
    public void Pops_in_reverse_order_of_pushes_and_grows_past_its_first_capacity()
    {
        var stack = new ReferenceStack<string>(2);
        var items = Enumerable.Range(0, 50).Select(i => $"item {i}").ToArray();
        foreach (var item in items)
            stack.Push(item);

        Assert.Equal(50, stack.Count);
        Assert.Equal(items, Enumerable.Range(0, stack.Count).Select(i => stack[i]));
        foreach (var item in items.Reverse())
            Assert.Same(item, stack.Pop());
        Assert.Equal(0, stack.Count);
    }

    [Fact]
    public void Refuses_to_pop_when_empty_and_to_read_past_its_count()
    {
        var stack = new ReferenceStack<object>(4);
        stack.Push(new object());
        Assert.Throws<ArgumentOutOfRangeException>(() => stack[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => stack[-1]);
        stack.Pop();
        Assert.Throws<InvalidOperationException>(() => stack.Pop());
    }

    [Fact]
    public void Lets_go_of_what_it_held_once_popped()
    {
        var stack = new ReferenceStack<object>(4);
        var popped = PushAndForget(stack);
        stack.Pop();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(popped.IsAlive);
        Assert.Equal(0, stack.Count);
    }

    [Fact]
    public void Replaces_an_item_below_its_count_only()
    {
        var stack = new ReferenceStack<string>(4);
        stack.Push("first");
        stack.Push("second");
        stack.Replace(0, "replaced");

        Assert.Equal("replaced", stack[0]);
        Assert.Equal("second", stack[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => stack.Replace(2, "beyond"));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference PushAndForget(ReferenceStack<object> stack)
    {
        var item = new object();
        stack.Push(item);
        return new WeakReference(item);
    }
}
