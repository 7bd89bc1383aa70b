namespace Sermo.Tests.IntrospectionRoundTrip;

/// <summary>A schema with every kind of type and every optional part introspection reports: interfaces
/// implementing interfaces, unions, enums with deprecated values, input objects (one of them @oneOf) with
/// deprecated fields and defaults, custom scalars with @specifiedBy, repeatable and deprecated-argument
/// directives, descriptions everywhere, and all three root types.</summary>
public static class RichSchema
{
    public const string Sdl =
        """"
        """The library's graph: what the round trip is run on."""
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        """
        Cache the result for a while.
        Repeatable: the tightest rule wins.
        """
        directive @cached(ttl: Int = 60, scope: Scope = PUBLIC, legacyTtl: Int @deprecated(reason: "Use `ttl`.")) repeatable on FIELD_DEFINITION | OBJECT

        directive @audit on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY

        "When a thing happened, as RFC 3339 text."
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        scalar Cursor

        "Who may see a cached value."
        enum Scope {
          PUBLIC
          "Only the caller."
          PRIVATE
          SHARED @deprecated(reason: "Ambiguous: use PUBLIC or PRIVATE.")
          LEGACY @deprecated
        }

        enum Order {
          NEWEST
          OLDEST
          TITLE
        }

        "Anything with an identity."
        interface Node {
          id: ID!
        }

        interface Entity implements Node {
          id: ID!
          "Shown to readers."
          name: String!
          created: DateTime
        }

        interface Creator implements Entity & Node {
          id: ID!
          name: String!
          created: DateTime
          works(first: Int = 10, after: Cursor): [Work!]!
        }

        type Author implements Creator & Entity & Node @cached(ttl: 300) @cached(ttl: 30, scope: PRIVATE) {
          id: ID!
          name: String!
          created: DateTime
          works(first: Int = 10, after: Cursor): [Work!]!
          "The old name."
          penName: String @deprecated(reason: "Authors use their real names now.")
          awards(since: DateTime, order: Order = NEWEST, limit: Int @deprecated(reason: "Paging covers it.")): [[String!]]
        }

        type Book implements Entity & Node {
          id: ID!
          name: String!
          created: DateTime
          isbn: String @cached
          authors: [Author!]!
        }

        type Essay implements Entity & Node {
          id: ID!
          name: String!
          created: DateTime
          words: Int!
        }

        "What an author made."
        union Work = Book | Essay

        union SearchResult = Author | Book | Essay

        "Narrows a search; every part optional."
        input WorkFilter {
          kinds: [String!] = ["book", "essay"]
          order: Order = TITLE
          since: DateTime
          "A phrase in the name."
          phrase: String = "it's \"quoted\""
          exact: Boolean @deprecated(reason: "Phrases are always exact.")
          nested: PageInput = { first: 5 }
        }

        input PageInput {
          first: Int! = 20
          after: Cursor
        }

        "Find a node by exactly one key."
        input NodeKey @oneOf {
          id: ID
          isbn: String
          name: String
        }

        type Query {
          node(key: NodeKey!): Node
          search(filter: WorkFilter = { order: NEWEST }, text: String!, legacy: Boolean @deprecated): [SearchResult!]!
          works(filter: WorkFilter, page: PageInput! = { first: 10 }): [Work!]! @deprecated(reason: "Use `search`.")
          now: DateTime!
        }

        type Mutation {
          rename(id: ID!, name: String!): Entity
        }

        type Subscription {
          published(kinds: [String!]): Work
        }
        """";
}
