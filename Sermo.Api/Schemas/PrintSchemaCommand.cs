using Sermo.Api.Transport;

namespace Sermo.Api.Schemas;

/// <summary><c>dotnet run --project Sermo.Api -- print-schema [--write]</c>: prints the SDL of every schema, or
/// rewrites the published files <c>schema/&lt;name&gt;.graphql</c> (the test comparing them says to run this).</summary>
public static class PrintSchemaCommand
{
    public const string Name = "print-schema";

    public static int Run(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var write = arguments is ["--write"];
        if (!write && arguments.Count > 0)
        {
            error.WriteLine($"print-schema: unexpected argument '{arguments[0]}'. usage: print-schema [--write]");
            return 2;
        }
        var registry = services.GetRequiredService<GraphQLSchemaRegistry>();
        if (!write)
        {
            foreach (var endpoint in registry.Endpoints)
            {
                output.WriteLine($"# {endpoint.Name} graph, served at {endpoint.Path}");
                output.Write(endpoint.Sdl);
            }
            return 0;
        }
        var root = SchemaFiles.FindRepositoryRoot(services);
        if (root is null)
        {
            error.WriteLine("print-schema --write: no Sermo.sln above the content root or the current directory; run it from the repository.");
            return 1;
        }
        foreach (var endpoint in registry.Endpoints)
        {
            var path = SchemaFiles.PathFor(root, endpoint.Name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, endpoint.Sdl);
            output.WriteLine($"wrote {System.IO.Path.GetRelativePath(root, path)}");
        }
        return 0;
    }
}
