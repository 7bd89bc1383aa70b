using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Types.ScalarTypes;

namespace Sermo.Tests.Types.CodeFirst;

/// <summary>Type references written in C#: NonNull and ListOf around scalar classes, configuration classes and
/// bound .NET types, for fields, arguments and [GraphQLType].</summary>
public sealed class TypeReferenceTests
{
    public sealed class Book
    {
        [GraphQLField]
        public string Title => "Dune";
    }

    public sealed class BookType : ObjectTypeConfiguration<Book>
    {
        public override void Configure(ObjectTypeDescriptor<Book> type) => type.Name("Novel");
    }

    public sealed record BookFilter(string? TitleContains);

    public sealed class MoneyType() : ScalarType("Money")
    {
        public override object Serialize(object value) => value;
        public override object ParseValue(object value) => value;
        public override object ParseLiteral(ValueNode literal) => literal;
        public override ValueNode ToLiteral(object value) => new IntValueNode(value.ToString()!);
    }

    public sealed class Query
    {
        [GraphQLField]
        [GraphQLType(typeof(NonNull<IdType>))]
        public string Key([GraphQLType(typeof(ListOf<NonNull<IdType>>))] List<string>? ids = null) => "k";
    }

    [Fact]
    public void Wrappers_name_scalars_configured_types_and_bound_types()
    {
        var schema = new SchemaBuilder()
            .AddQueryType<Query>(q =>
            {
                q.Field("books").Type<NonNull<ListOf<NonNull<BookType>>>>().Resolve(_ => Array.Empty<Book>());
                q.Field("maybeBooks").Type<ListOf<Book>>().Resolve(_ => null);
                q.Field("day").Type<DateType>().Resolve(_ => null);
                q.Field("find")
                    .Type<Book>()
                    .Argument<NonNull<IdType>>("id")
                    .Argument<BookFilter>("filter")
                    .Argument<NonNull<int>>("first", defaultValue: 10)
                    .Resolve(_ => null);
            })
            .AddType<BookType>()
            .Build();
        var query = schema.QueryType!;

        Assert.Equal("[Novel!]!", query.Fields["books"]!.Type.ToString());
        Assert.Equal("[Novel]", query.Fields["maybeBooks"]!.Type.ToString());
        Assert.Equal("Date", query.Fields["day"]!.Type.ToString());
        Assert.Equal(["id: ID!", "filter: BookFilterInput", "first: Int!"], query.Fields["find"]!.Arguments.Select(a => $"{a.Name}: {a.Type}"));
        Assert.Equal("ID!", query.Fields["key"]!.Type.ToString());
        Assert.Equal("[ID!]", query.Fields["key"]!.Arguments["ids"]!.Type.ToString());
    }

    [Fact]
    public void Bad_references_are_reported_together()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .AddQueryType(q =>
            {
                q.Field("twice").Type<NonNull<NonNull<string>>>().Resolve(_ => "");
                q.Field("list").Type<List<string>>().Resolve(_ => null);
                q.Field("unadded").Type<BookType>().Resolve(_ => null);
                q.Field("money").Type<MoneyType>().Resolve(_ => null);
            })
            .Build());

        Assert.Equal(
            [
                "Query.twice: NonNull<NonNull<String>> wraps a non-null type in NonNull again.",
                "Query.list: write a list as ListOf<T>, not List<String>.",
                "Query.unadded: BookType is referenced but was not added: AddType<BookType>().",
                "Query.money: the scalar MoneyType is not in the schema; add it with AddScalar.",
            ],
            error.Errors.Select(e => e.Message));
    }

    [Fact]
    public void An_added_scalar_class_can_be_referenced()
    {
        var schema = new SchemaBuilder()
            .AddScalar(new MoneyType())
            .AddQueryType(q => q.Field("price").Type<NonNull<MoneyType>>().Resolve(_ => 3))
            .Build();

        Assert.Equal("Money!", schema.QueryType!.Fields["price"]!.Type.ToString());
    }
}
