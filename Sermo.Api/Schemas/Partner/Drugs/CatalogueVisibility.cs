using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Auth;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary>The catalogue's node lookups apply its entry points' policy (<see cref="SermoPolicies.DrugCatalogue"/>),
/// through the same authorization service, so <c>node(id:)</c> answers a caller outside it as for an id naming nothing.</summary>
public static class CatalogueVisibility
{
    public static async Task<T?> LoadAsync<TLoader, T>(Guid id, IResolverContext context)
        where TLoader : DataLoader<Guid, T>
        where T : class
    {
        var authorization = context.Services.GetRequiredService<IAuthorizationService>();
        if (context.User is null || !(await authorization.AuthorizeAsync(context.User, null, SermoPolicies.DrugCatalogue)).Succeeded)
            return null;
        return await context.DataLoader<TLoader>().LoadAsync(id);
    }
}
