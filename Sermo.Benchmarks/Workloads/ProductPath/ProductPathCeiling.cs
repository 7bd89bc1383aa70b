using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.Relay;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>The ceiling the product path is measured against: the same page written by hand, no GraphQL engine and
/// no data layer. It sends the same SQL through the same pooled context factory (the keyset page, then the authors
/// and the advice of its cases in one batched query each, the two in parallel on contexts of their own, as the
/// DataLoaders do), seals the same cursors with the same codec, and writes the same JSON with a
/// <see cref="Utf8JsonWriter"/> into one reused buffer (no validation, as the server's writer).</summary>
public sealed class ProductPathCeiling(IDbContextFactory<ClinicContext> contexts, CursorCodec cursors)
{
    /// <summary>The ordering the data layer names in a cursor for <c>orderBy: [{ postedAt: DESC }]</c>.</summary>
    private const string Ordering = "Case:postedAt desc,id asc";

    private static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText CasesName = JsonEncodedText.Encode("cases");
    private static readonly JsonEncodedText Edges = JsonEncodedText.Encode("edges");
    private static readonly JsonEncodedText Cursor = JsonEncodedText.Encode("cursor");
    private static readonly JsonEncodedText Node = JsonEncodedText.Encode("node");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText PostedAt = JsonEncodedText.Encode("postedAt");
    private static readonly JsonEncodedText Author = JsonEncodedText.Encode("author");
    private static readonly JsonEncodedText Pseudonym = JsonEncodedText.Encode("pseudonym");
    private static readonly JsonEncodedText Specialty = JsonEncodedText.Encode("specialty");
    private static readonly JsonEncodedText AdviceName = JsonEncodedText.Encode("advice");
    private static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
    private static readonly JsonEncodedText HelpfulVotes = JsonEncodedText.Encode("helpfulVotes");
    private static readonly JsonEncodedText PageInfoName = JsonEncodedText.Encode("pageInfo");
    private static readonly JsonEncodedText HasNextPage = JsonEncodedText.Encode("hasNextPage");
    private static readonly JsonEncodedText EndCursor = JsonEncodedText.Encode("endCursor");

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    /// <summary>The response last written.</summary>
    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    /// <returns>The bytes written.</returns>
    public async Task<int> WriteAsync(string specialty, int first, string after, CancellationToken cancellationToken = default)
    {
        return Write(await LoadAsync(specialty, first, after, cancellationToken));
    }

    /// <summary>The three queries alone: the database's and EF Core's share of a request.</summary>
    public async Task<CasePage> LoadAsync(string specialty, int first, string after, CancellationToken cancellationToken = default)
    {
        var key = cursors.Decode(after, Ordering, 2);
        var postedAt = (DateTime)key[0]!;
        var id = (int)key[1]!;
        List<Case> cases;
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            cases = await db.Cases.AsNoTracking()
                .Where(c => c.Specialty == specialty)
                .Where(c => c.PostedAt < postedAt || (c.PostedAt == postedAt && c.Id > id))
                .OrderByDescending(c => c.PostedAt).ThenBy(c => c.Id)
                .Take(first + 1)
                .ToListAsync(cancellationToken);
        }
        var hasNextPage = cases.Count > first;
        if (hasNextPage)
            cases.RemoveAt(first);

        var caseIds = cases.Select(c => c.Id).ToArray();
        var authorIds = cases.Select(c => c.AuthorId).Distinct().ToArray();
        var authors = LoadAuthorsAsync(authorIds, cancellationToken);
        var advice = LoadAdviceAsync(caseIds, cancellationToken);
        return new CasePage(cases, hasNextPage, await authors, await advice);
    }

    private async Task<IReadOnlyDictionary<int, Member>> LoadAuthorsAsync(int[] ids, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
            return await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
    }

    private async Task<ILookup<int, Advice>> LoadAdviceAsync(int[] caseIds, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            var rows = await db.Advice.AsNoTracking().Where(a => caseIds.Contains(a.CaseId)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
            return rows.ToLookup(a => a.CaseId);
        }
    }

    /// <summary>Writes a page already loaded: the cursors and the JSON, the ceiling's share beyond its SQL.</summary>
    /// <returns>The bytes written.</returns>
    public int Write(CasePage page)
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
        Span<char> text = stackalloc char[40];
        writer.WriteStartObject();
        writer.WriteStartObject(Data);
        writer.WriteStartObject(CasesName);
        writer.WriteStartArray(Edges);
        string? endCursor = null;
        foreach (var c in page.Cases)
        {
            endCursor = cursors.Encode(Ordering, [c.PostedAt, c.Id]);
            writer.WriteStartObject();
            writer.WriteString(Cursor, endCursor);
            writer.WriteStartObject(Node);
            writer.WriteNumber(Id, c.Id);
            writer.WriteString(Title, c.Title);
            // The DateTime scalar's form: UTC, fraction only when non-zero.
            c.PostedAt.TryFormat(text, out var length, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
            writer.WriteString(PostedAt, text[..length]);
            var author = page.Authors[c.AuthorId];
            writer.WriteStartObject(Author);
            writer.WriteString(Pseudonym, author.Pseudonym);
            writer.WriteString(Specialty, author.Specialty);
            writer.WriteEndObject();
            writer.WriteStartArray(AdviceName);
            foreach (var advice in page.Advice[c.Id])
            {
                writer.WriteStartObject();
                writer.WriteString(Body, advice.Body);
                writer.WriteNumber(HelpfulVotes, advice.HelpfulVotes);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject(PageInfoName);
        writer.WriteBoolean(HasNextPage, page.HasNextPage);
        writer.WriteString(EndCursor, endCursor);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>Only the page's cursors, sealed as <see cref="Write"/> seals them.</summary>
    public int SealCursors(CasePage page)
    {
        var length = 0;
        foreach (var c in page.Cases)
            length += cursors.Encode(Ordering, [c.PostedAt, c.Id]).Length;
        return length;
    }
}
