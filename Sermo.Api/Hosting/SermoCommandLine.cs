using Sermo.Api.Auth;
using Sermo.Api.Schemas;

namespace Sermo.Api.Hosting;

/// <summary>One-shot commands run instead of the server when the first argument names one
/// (<c>dotnet run --project Sermo.Api -- token --subject dev --role pharma</c>,
/// <c>migrate</c>, <c>seed --size demo</c>, <c>print-schema --write</c>, <c>authorization-matrix --write</c>).</summary>
public static class SermoCommandLine
{
    /// <summary>The command's exit code, or null when <paramref name="args"/> names no command (run the server).</summary>
    public static int? TryRun(WebApplication app, string[] args)
    {
        if (args.Length == 0)
            return null;
        var arguments = args[1..];
        return args[0] switch
        {
            TokenCommand.Name => TokenCommand.Run(app.Services, arguments, Console.Out, Console.Error),
            Data.MigrateCommand.Name => Data.MigrateCommand.Run(app.Services, arguments, Console.Out, Console.Error),
            Data.SeedCommand.Name => Data.SeedCommand.Run(app.Services, arguments, Console.Out, Console.Error),
            PrintSchemaCommand.Name => PrintSchemaCommand.Run(app.Services, arguments, Console.Out, Console.Error),
            AuthorizationMatrixCommand.Name => AuthorizationMatrixCommand.Run(app.Services, arguments, Console.Out, Console.Error),
            _ => null,
        };
    }
}
