using Microsoft.EntityFrameworkCore;

namespace Sermo.Tests.Data;

public enum Genre
{
    Fiction,
    History,
    Science,
    ScienceFiction,
}

public sealed class Author
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public List<Book> Books { get; } = [];
}

public sealed class Book
{
    public int Id { get; set; }
    public int AuthorId { get; set; }
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public Genre Genre { get; set; }
    public int Rating { get; set; }
    public DateTime Published { get; set; }
}

/// <summary>What a projection reads into: only the members a request asks for are set.</summary>
public sealed class BookRow
{
    public int Id { get; set; }
    public string? Title { get; set; }
    public int Rating { get; set; }
}

/// <summary>A small model of its own for the data layer's tests: authors and their books.</summary>
public sealed class LibraryContext(DbContextOptions<LibraryContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Book> Books => Set<Book>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Author>().Property(a => a.Id).ValueGeneratedNever();
        modelBuilder.Entity<Book>().Property(b => b.Id).ValueGeneratedNever();
        modelBuilder.Entity<Book>().HasOne<Author>().WithMany(a => a.Books).HasForeignKey(b => b.AuthorId);
        modelBuilder.Entity<Book>().HasIndex(b => new { b.Rating, b.Id });
    }

    /// <summary>3 authors and 50 books with many equal ratings (ties the key must break).</summary>
    public static IReadOnlyList<Book> SeedBooks { get; } = [.. Enumerable.Range(1, 50).Select(id => new Book
    {
        Id = id,
        AuthorId = id % 3 + 1,
        Title = $"Title {(id * 37) % 50:00}",
        Subtitle = id % 4 == 0 ? null : $"Subtitle {id}",
        Genre = (Genre)(id % 4),
        Rating = id % 5,
        Published = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(id % 7),
    })];

    public async Task SeedAsync()
    {
        await Database.EnsureCreatedAsync();
        Authors.AddRange(Enumerable.Range(1, 3).Select(id => new Author { Id = id, Name = $"Author {id}" }));
        Books.AddRange(SeedBooks.Select(book => new Book
        {
            Id = book.Id, AuthorId = book.AuthorId, Title = book.Title, Subtitle = book.Subtitle,
            Genre = book.Genre, Rating = book.Rating, Published = book.Published,
        }));
        await SaveChangesAsync();
    }
}
