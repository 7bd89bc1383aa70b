using Microsoft.EntityFrameworkCore;
using Sermo.Api.Data;
using Sermo.Api.Events;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>A Page's posts, for agencies acting for its organisation: draft, revise, submit, publish, withdraw (<see
/// cref="PageChanges"/> runs them).</summary>
public sealed class PagePostCommands(PageChanges changes)
{
    private static readonly InputFields PostContentFields = new(PostContentInput.Fields);

    public Task<Payload<PagePost>> CreatePostAsync(CreatePostInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPageAsync<PagePost>(input.PageId, PostContentFields, caller, cancellationToken, (page, organisation, _, images) =>
            page.DraftPost(input.Content.ToContent(changes.Ids), images, changes.Editor(organisation, caller), changes.Now), () => input.Content.ImageKeys(changes.Ids));

    public Task<Payload<PagePost>> RevisePostAsync(RevisePostInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPostAsync(input.PostId, PostContentFields, caller, cancellationToken, (page, post, organisation, _, images) =>
            page.RevisePost(post.Id, input.Content.ToContent(changes.Ids), images, changes.Editor(organisation, caller)), () => input.Content.ImageKeys(changes.Ids));

    public Task<Payload<PagePost>> SubmitPostAsync(PostIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPostAsync(input.PostId, PostContentFields, caller, cancellationToken, (page, post, organisation, events) =>
        {
            page.SubmitPost(post.Id, changes.Editor(organisation, caller), changes.Now);
            events.Submitted(new PageSubmitted(page.OrganisationId, page.Id, post.Id, post.Revision, changes.Now));
        });

    public Task<Payload<PagePost>> PublishPostAsync(PublishPostInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPostAsync(input.PostId, new InputFields(("Revision", "revision")), caller, cancellationToken, (page, post, organisation, events) =>
        {
            page.PublishPost(changes.Editor(organisation, caller), post.Id, input.Revision, changes.Now);
            events.PostPublished(new PagePostPublished(page.Id, post.Id, post.PublishedAt!.Value));
        });

    public Task<Payload<PagePost>> WithdrawPostAsync(PostIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPostAsync(input.PostId, InputFields.None, caller, cancellationToken, (page, post, organisation, _) =>
            page.WithdrawPost(changes.Editor(organisation, caller), post.Id, changes.Now));

}
