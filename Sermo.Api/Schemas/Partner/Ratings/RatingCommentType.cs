using Sermo.Api.Auth;
using Sermo.Api.Schemas.Partner.Drugs;
using Sermo.Api.Schemas.Partner.Physicians;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary><c>RatingComment</c>: what members see of each other's ratings, one comment at a time, without scores.</summary>
public sealed class RatingCommentType : ObjectTypeConfiguration<RatingComment>
{
    public override void Configure(ObjectTypeDescriptor<RatingComment> type)
    {
        type.Description("A member's comment on a drug, with the day and the indication; never the scores beside it.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field(c => c.Text).Name("comment").Description("The comment of the rater's current rating.");
        type.Field("ratedOn").Type("Date!").Description("The day the rating was submitted.")
            .ResolveWith(([Parent] RatingComment comment) => DateOnly.FromDateTime(comment.RatedAt));
        type.Field("indication").Type("Indication!").Description("The indication rated for.")
            .ResolveWith(([Parent] RatingComment comment, IndicationById indications) => indications.LoadAsync(comment.IndicationId));
        type.Field("rater").Type("Physician!").Description("Who wrote it, as their profile shows them: an anonymous member by pseudonym.")
            .ResolveWith(([Parent] RatingComment comment, PhysicianById physicians) => physicians.LoadAsync(comment.RaterId));
    }
}
