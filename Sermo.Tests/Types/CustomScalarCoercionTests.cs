using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Types;

/// <summary>The partner API's scalars: DateTime, Date, Url, Long and Uuid.</summary>
public sealed class CustomScalarCoercionTests
{
    [Fact]
    public void DateTime_reads_an_offset_and_writes_utc()
    {
        var parsed = (DateTimeOffset)Scalars.DateTime.ParseValue("2024-05-01T10:30:00.25+02:00");
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 30, 0, 250, TimeSpan.FromHours(2)), parsed);
        Assert.Equal("2024-05-01T08:30:00.25Z", Scalars.DateTime.Serialize(parsed));
        Assert.Equal("2024-05-01T08:30:00Z", Scalars.DateTime.Serialize(new DateTime(2024, 5, 1, 8, 30, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("2024-05-01T10:30:00")]
    [InlineData("2024-05-01")]
    [InlineData("2024-13-01T10:30:00Z")]
    [InlineData("yesterday")]
    public void DateTime_refuses_strings_without_offset_or_invalid(string text)
    {
        var error = Assert.Throws<ScalarCoercionException>(() => Scalars.DateTime.ParseValue(text));
        Assert.Equal($"DateTime cannot represent an invalid date-time string: \"{text}\"", error.Message);
    }

    [Fact]
    public void DateTime_refuses_non_strings()
    {
        Assert.Equal("DateTime cannot represent a non string value: 5",
            Assert.Throws<ScalarCoercionException>(() => Scalars.DateTime.ParseValue(5)).Message);
        Assert.Equal("DateTime cannot represent a non string value: 5",
            Assert.Throws<ScalarCoercionException>(() => Scalars.DateTime.ParseLiteral(new IntValueNode("5"))).Message);
    }

    [Fact]
    public void Date_round_trips_a_calendar_date()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Scalars.Date.ParseLiteral(new StringValueNode("2024-02-29")));
        Assert.Equal("2024-02-29", Scalars.Date.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Throws<ScalarCoercionException>(() => Scalars.Date.ParseValue("2023-02-29"));
    }

    [Fact]
    public void Url_accepts_only_absolute_web_urls()
    {
        Assert.Equal(new Uri("https://example.org/a?b=c"), Scalars.Url.ParseValue("https://example.org/a?b=c"));
        Assert.Equal("https://example.org/", Scalars.Url.Serialize(new Uri("https://example.org")));
        Assert.Equal("Url cannot represent an invalid absolute http(s) URL: \"ftp://example.org\"",
            Assert.Throws<ScalarCoercionException>(() => Scalars.Url.ParseValue("ftp://example.org")).Message);
        Assert.Throws<ScalarCoercionException>(() => Scalars.Url.ParseValue("/relative"));
        Assert.Throws<ScalarCoercionException>(() => Scalars.Url.Serialize(new Uri("/relative", UriKind.Relative)));
    }

    [Fact]
    public void Long_is_a_64_bit_number()
    {
        Assert.Equal(long.MaxValue, Scalars.Long.ParseLiteral(new IntValueNode("9223372036854775807")));
        Assert.Equal(5L, Scalars.Long.ParseValue(5));
        Assert.Equal(9007199254740993L, Scalars.Long.Serialize(9007199254740993L));
        Assert.Equal("Long cannot represent non 64-bit signed integer value: 9223372036854775808",
            Assert.Throws<ScalarCoercionException>(() => Scalars.Long.ParseLiteral(new IntValueNode("9223372036854775808"))).Message);
        Assert.Equal("Long cannot represent non-integer value: 1.5",
            Assert.Throws<ScalarCoercionException>(() => Scalars.Long.ParseValue(1.5)).Message);
        Assert.Throws<ScalarCoercionException>(() => Scalars.Long.ParseValue("5"));
    }

    [Fact]
    public void Uuid_uses_the_hyphenated_form()
    {
        var id = Guid.Parse("123e4567-e89b-12d3-a456-426614174000");
        Assert.Equal(id, Scalars.Uuid.ParseValue("123e4567-e89b-12d3-a456-426614174000"));
        Assert.Equal("123e4567-e89b-12d3-a456-426614174000", Scalars.Uuid.Serialize(id));
        Assert.Throws<ScalarCoercionException>(() => Scalars.Uuid.ParseValue("123e4567e89b12d3a456426614174000"));
    }

    [Fact]
    public void Custom_scalars_name_their_specification()
    {
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", Scalars.DateTime.SpecifiedByUrl);
        Assert.Equal("https://scalars.graphql.org/andimarek/local-date", Scalars.Date.SpecifiedByUrl);
        Assert.Null(Scalars.Long.SpecifiedByUrl);
        Assert.All(Scalars.Specified, scalar => Assert.Null(scalar.SpecifiedByUrl));
    }
}
