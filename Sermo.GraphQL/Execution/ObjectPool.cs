namespace Sermo.GraphQL.Execution;

/// <summary>A small lock-free pool of reusable objects; when empty it creates, when full it drops.</summary>
internal sealed class ObjectPool<T>(Func<T> create, int size) where T : class
{
    private readonly T?[] _items = new T?[size];

    public T Rent()
    {
        for (var i = 0; i < _items.Length; i++)
        {
            var item = Interlocked.Exchange(ref _items[i], null);
            if (item is not null)
                return item;
        }
        return create();
    }

    public void Return(T item)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _items[i], item, null) is null)
                return;
        }
    }
}
