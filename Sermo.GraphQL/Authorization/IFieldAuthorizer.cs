using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Authorization;

/// <summary>Decides requirements for the engine; the host provides it through the request's services (an ASP.NET
/// Core host asks its <c>IAuthorizationService</c>, with the field's parent object as the resource). Without one,
/// <see cref="RoleFieldAuthorizer"/> decides roles and refuses every policy.</summary>
public interface IFieldAuthorizer
{
    /// <summary>Called before the field's resolver runs, so nothing the field would read is read when refused.</summary>
    ValueTask<AuthorizationDecision> AuthorizeAsync(IResolverContext context, AuthorizeRequirement requirement);
}
