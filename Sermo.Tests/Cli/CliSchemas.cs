namespace Sermo.Tests.Cli;

public static class CliSchemas
{
    public const string Robots =
        """
        interface Named { name: String }
        type Person implements Named { name: String age: Int }
        type Robot implements Named { name: String model: String }
        union Anyone = Person | Robot
        type Query {
          hero: Named
          anyone: [Anyone]
          people: [Person]
          "Non-null, to see an error null its parent."
          motto: String!
        }
        """;

    public const string RobotsRoot =
        """
        {
          "hero": { "__typename": "Robot", "name": "R2", "model": "astromech" },
          "anyone": [ { "__typename": "Person", "name": "Ada", "age": 36 }, { "__typename": "Robot", "name": "K9", "model": "dog" } ],
          "people": [ { "name": "Ada", "age": 36 }, { "name": "Grace", "age": 85 } ],
          "motto": "Be kind"
        }
        """;
}
