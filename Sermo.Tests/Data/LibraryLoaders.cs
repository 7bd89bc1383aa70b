using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Tests.Data;

public sealed class BookById(IDbContextFactory<LibraryContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<LibraryContext, int, Book>(contexts, options)
{
    protected override IQueryable<Book> Query(LibraryContext db, IReadOnlyList<int> keys) =>
        db.Books.AsNoTracking().Where(book => keys.Contains(book.Id));

    protected override int KeyOf(Book value) => value.Id;
}

public sealed class BooksByAuthor(IDbContextFactory<LibraryContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<LibraryContext, int, Book>(contexts, options)
{
    protected override IQueryable<Book> Query(LibraryContext db, IReadOnlyList<int> keys) =>
        db.Books.AsNoTracking().Where(book => keys.Contains(book.AuthorId)).OrderBy(book => book.Id);

    protected override int KeyOf(Book value) => value.AuthorId;
}

public sealed class AuthorById(IDbContextFactory<LibraryContext> contexts)
    : DbContextDataLoader<LibraryContext, int, Author>(contexts)
{
    protected override IQueryable<Author> Query(LibraryContext db, IReadOnlyList<int> keys) =>
        db.Authors.AsNoTracking().Where(author => keys.Contains(author.Id));

    protected override int KeyOf(Author value) => value.Id;
}
