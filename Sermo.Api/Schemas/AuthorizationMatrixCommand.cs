using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Transport;

namespace Sermo.Api.Schemas;

/// <summary><c>dotnet run --project Sermo.Api -- authorization-matrix [--write]</c>: prints the field-by-role matrix, or
/// rewrites its generated section of <c>docs/authorization.md</c> (the test comparing them says to run this).</summary>
public static class AuthorizationMatrixCommand
{
    public const string Name = "authorization-matrix";
    public const string DocumentPath = "docs/authorization.md";

    public static int Run(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var write = arguments is ["--write"];
        if (!write && arguments.Count > 0)
        {
            error.WriteLine($"{Name}: unexpected argument '{arguments[0]}'. usage: {Name} [--write]");
            return 2;
        }
        using var scope = services.CreateScope();
        var matrix = AuthorizationMatrix.RenderAsync(
            services.GetRequiredService<GraphQLSchemaRegistry>(), scope.ServiceProvider.GetRequiredService<IAuthorizationService>()).GetAwaiter().GetResult();
        if (!write)
        {
            output.Write(matrix);
            return 0;
        }
        var root = SchemaFiles.FindRepositoryRoot(services);
        if (root is null)
        {
            error.WriteLine($"{Name} --write: no Sermo.sln above the content root or the current directory; run it from the repository.");
            return 1;
        }
        var path = System.IO.Path.Combine(root, DocumentPath);
        File.WriteAllText(path, AuthorizationMatrix.ReplaceSection(File.ReadAllText(path).ReplaceLineEndings("\n"), matrix));
        output.WriteLine($"wrote {DocumentPath}");
        return 0;
    }
}
