using System.Collections.Concurrent;
using System.Security.Cryptography;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Execution;

/// <summary>The SHA-256 of a query's UTF-8 text: the document cache's key.</summary>
internal readonly record struct DocumentHash(ulong A, ulong B, ulong C, ulong D)
{
    public static DocumentHash Of(ReadOnlySpan<byte> utf8)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, digest);
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(digest);
        return new DocumentHash(words[0], words[1], words[2], words[3]);
    }
}

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

/// <summary>Parsed and validated documents by hash of their text, bounded: past capacity the least recently
/// used tenth is dropped.</summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<DocumentHash, CachedDocument> _entries = new();
    private readonly Lock _evictionLock = new();

    public int Count => _entries.Count;

    public bool TryGet(DocumentHash hash, out CachedDocument document)
    {
        if (_entries.TryGetValue(hash, out document!))
        {
            document.LastUsed = Environment.TickCount64;
            return true;
        }
        return false;
    }

    public CachedDocument Add(DocumentHash hash, CachedDocument document)
    {
        var kept = _entries.GetOrAdd(hash, document);
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
