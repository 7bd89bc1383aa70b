using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>Each drug's page of comments (<c>Drug.comments</c>), newest first: the drugs asking for the same page and
/// indication share one SQL command (plus one count when <c>totalCount</c> is selected), so a list of drugs with
/// their comments costs the same few commands whatever its length. The argument is the indication filter.</summary>
public sealed class RatingCommentsByDrug(IDbContextFactory<SermoDbContext> contexts, CursorCodec cursors, DataLoaderBatchOptions? options = null)
    : DbContextConnectionDataLoader<SermoDbContext, Guid, Guid?, DrugRating, RatingComment>(contexts, cursors, options)
{
    protected override IQueryable<DrugRating> Query(SermoDbContext db, IReadOnlyList<Guid> drugs, Guid? indicationId)
    {
        var comments = db.DrugRatings.AsNoTracking().Where(r => drugs.Contains(r.DrugId) && r.IsCurrent && r.Comment != null);
        return indicationId is { } only ? comments.Where(r => r.IndicationId == only) : comments;
    }

    protected override Expression<Func<DrugRating, Guid>> ParentOf => r => r.DrugId;

    protected override SortDefinition<DrugRating> Sort => RatingListing.CommentOrder;

    protected override Expression<Func<DrugRating, RatingComment>> Projection => RatingComment.Projection;
}
