namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>The errors a client gets for filter, sort and paging input the declarations do not allow.</summary>
internal static class InputErrors
{
    public static GraphQLException BadInput(string message) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput }));
}
