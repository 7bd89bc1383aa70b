namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>SDL shared by the generated filter and sort inputs.</summary>
public static class DataSdl
{
    public const string SortDirectionEnum = """

        "The direction of a sort field."
        enum SortDirection {
          "Smallest first."
          ASC
          "Largest first."
          DESC
        }

        """;
}
