using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Schemas.Conventions;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Fills a resolver parameter of type <see cref="PageCaller"/> from the request's user and services.</summary>
public sealed class PageCallerInjector : ResolverParameterInjector<PageCaller>
{
    public override PageCaller Value(IResolverContext context) =>
        new(new Caller(context.User), context.Services.GetRequiredService<IAuthorizationService>(), context.Services.GetRequiredService<PageVisibility>());
}
