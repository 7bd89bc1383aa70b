using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>The caller of a Pages mutation with the request's authorization: whether they act for the organisation an
/// object belongs to (<see cref="SermoPolicies.OrganisationTeam"/>, the policy the fields ask) and whether they may
/// see a Page at all.</summary>
public sealed class PageCaller(Caller caller, IAuthorizationService authorization, PageVisibility visibility)
{
    public Caller Caller { get; } = caller;

    /// <summary>The token's subject: the person an editor, reviewer or staff identity names.</summary>
    public string Person => Caller.Subject ?? "";

    public async Task<bool> ActsForAsync(Page page) => (await authorization.AuthorizeAsync(Caller.User, page, SermoPolicies.OrganisationTeam)).Succeeded;

    public async Task<bool> ActsForAsync(Organisation organisation) =>
        (await authorization.AuthorizeAsync(Caller.User, organisation, SermoPolicies.OrganisationTeam)).Succeeded;

    public Task<bool> MaySeeAsync(Page page, CancellationToken cancellationToken) => visibility.MaySeeAsync(page, Caller, cancellationToken);
}
