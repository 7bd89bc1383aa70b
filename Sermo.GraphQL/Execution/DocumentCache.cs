using System.Collections.Concurrent;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Execution;

/// <summary>A parsed document and what validation said of it, with its operations compiled on first use.</summary>
internal sealed class CachedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
{
    private readonly ConcurrentDictionary<string, CompiledOperation> _operations = new(StringComparer.Ordinal);

    /// <summary>Null when the text did not parse.</summary>
    public DocumentNode? Document { get; } = document;

    /// <summary>Syntax or validation errors; the document cannot execute when there are any.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    public long LastUsed { get; set; } = Environment.TickCount64;

    /// <summary>The compiled operation of that name (null: the only one). Failures are not kept, so that
    /// random operation names cannot grow the cache.</summary>
    public OperationLookup GetOperation(string? operationName, RequestExecutor executor)
    {
        var key = operationName ?? "";
        if (_operations.TryGetValue(key, out var compiled))
            return new OperationLookup(compiled, null);
        var lookup = executor.CompileOperation(Document!, operationName);
        if (lookup.Operation is not null)
            _operations.TryAdd(key, lookup.Operation);
        return lookup;
    }
}

/// <summary>Parsed and validated documents by their text, bounded: past capacity the least recently used tenth is
/// dropped. The dictionary hashes the text with .NET's flooding-resistant string hashing and confirms a hit
/// by comparing the text, so crafted collisions can neither flood the cache nor pass one document off as another;
/// that costs a fraction of a cryptographic digest on every request.</summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CachedDocument> _entries = new(StringComparer.Ordinal);
    private readonly Lock _evictionLock = new();

    public int Count => _entries.Count;

    public bool TryGet(string query, out CachedDocument document)
    {
        if (_entries.TryGetValue(query, out document!))
        {
            document.LastUsed = Environment.TickCount64;
            return true;
        }
        return false;
    }

    public CachedDocument Add(string query, CachedDocument document)
    {
        var kept = _entries.GetOrAdd(query, document);
        if (_entries.Count > capacity)
            Evict();
        return kept;
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            if (_entries.Count <= capacity)
                return;
            var entries = _entries.ToArray();
            Array.Sort(entries, static (a, b) => a.Value.LastUsed.CompareTo(b.Value.LastUsed));
            var target = capacity - capacity / 10;
            for (var i = 0; i < entries.Length - target; i++)
                _entries.TryRemove(entries[i].Key, out _);
        }
    }
}
