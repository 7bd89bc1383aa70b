using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>A member's own reaction to each post asked for (null when none), one query per batch. Only ever asked for
/// the caller: nobody lists who reacted.</summary>
public sealed class ReactionByReactor(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, PageMember, PostReaction>(contexts, options)
{
    protected override IQueryable<PostReaction> Query(SermoDbContext db, IReadOnlyList<PageMember> keys)
    {
        var posts = keys.Select(k => k.TargetId).Distinct().ToList();
        var physicians = keys.Select(k => k.PhysicianId).Distinct().ToList();
        return db.PostReactions.AsNoTracking().Where(r => posts.Contains(r.PostId) && physicians.Contains(r.PhysicianId));
    }

    protected override PageMember KeyOf(PostReaction value) => new(value.PostId, value.PhysicianId);
}
