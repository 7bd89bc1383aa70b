using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Drugs;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>The ratings area: what members make of a drug (<c>Drug.ratingSummaries</c>, <c>Drug.comments</c>, for the
/// community only), a member's own ratings with their earlier versions (<c>viewer.physician.ratings</c>, the author
/// only), and <c>rateDrug</c>. No caller but the author ever reads an individual rating's scores.</summary>
public sealed class RatingsSchemaContributor(RatingListing listing, GlobalIdCodec ids) : IPartnerSchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.Types
            .AddType<DrugRatingType>()
            .AddType<RatingSummaryType>()
            .AddType<ScoreDistributionType>()
            .AddType<RatingCommentType>();
        RelayTypes.AddConnection<DrugRating>(schema.Types, "DrugRating", withTotalCount: true);
        RelayTypes.AddConnection<RatingComment>(schema.Types, "RatingComment", withTotalCount: true);
        MutationConventions.AddPayload<DrugRating>(schema.Types, "DrugRatingPayload", "rating", "DrugRating");
        listing.Filter.AddTo(schema.Types);
        RatingListing.Sort.AddTo(schema.Types, "DrugRatingSort");

        schema.Node<DrugRating, Guid>("DrugRating", r => r.Id, LoadOwnAsync);

        // Fields narrower than their type are nullable: a refusal nulls the field alone.
        schema.Types.ExtendObjectType<Drug>(drug =>
        {
            drug.Field("ratingSummaries").Type("[RatingSummary!]").AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff).AuthorizePolicy(SermoPolicies.CommunityMember)
                .Description("Members' ratings per listed indication (one summary each, also where nobody has rated yet). Members and staff only.")
                .Argument("indicationId", "ID", "Only this indication's summary (none when the drug is not listed for it).")
                .Resolve(SummariesAsync);
            drug.Field("comments").Type("RatingCommentConnection").AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff).AuthorizePolicy(SermoPolicies.CommunityMember)
                .Description("Members' comments on the drug, newest first, under each rater's display name. Members and staff only.")
                .Argument("indicationId", "ID", "Only comments on ratings for this indication.")
                .PagingArguments()
                .Resolve(CommentsAsync);
        });
        schema.Types.ExtendObjectType<Physician>(physician => physician.Field("ratings").Type("DrugRatingConnection")
            .AuthorizeRoles(SermoRoles.Physician).AuthorizePolicy(SermoPolicies.RatingAuthor)
            .Description("The member's current ratings, newest first (earlier versions under each). The member alone, not even staff.")
            .Argument("where", "DrugRatingFilter", "Conditions on the ratings (drug, indication).")
            .Argument("orderBy", "[DrugRatingSort!]", "The order; newest first by default.")
            .PagingArguments()
            .Resolve(context =>
            {
                var member = ((Physician)context.Parent!).Id;
                return ConnectionQuery.PageAsync(context, db => db.DrugRatings.Where(r => r.PhysicianId == member && r.IsCurrent), listing.Filter, RatingListing.Sort);
            }));

        schema.Mutation(mutation => mutation.Field("rateDrug").Type("DrugRatingPayload!").AuthorizeRoles(SermoRoles.Physician)
            .Description("Rates a drug for one of its indications, or rates it again: the new rating becomes current and the earlier one is kept as a version. Verified members only.")
            .ResolveWith(([Service] RatingCommands commands, RateDrugInput input, Caller caller, CancellationToken cancellationToken) =>
                commands.RateAsync(input, caller, cancellationToken)));
    }

    /// <summary>A rating by id for <c>node</c>: to its author only (the same policy as its fields); null to anyone else,
    /// exactly as for an id that names nothing.</summary>
    private static async Task<DrugRating?> LoadOwnAsync(Guid id, IResolverContext context)
    {
        var rating = await context.DataLoader<DrugRatingById>().LoadAsync(id);
        if (rating is null || context.User is null)
            return null;
        var authorization = context.Services.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(context.User, rating, SermoPolicies.RatingAuthor)).Succeeded ? rating : null;
    }

    private async ValueTask<object?> SummariesAsync(IResolverContext context)
    {
        var drug = (Drug)context.Parent!;
        var only = IndicationArgument(context);
        var counts = await context.DataLoader<RatingScoreCountsByDrug>().LoadAsync(drug.Id) ?? [];
        return drug.Indications.Select(i => i.IndicationId).Where(i => only is null || i == only).Order()
            .Select(indication => RatingSummary.Of(drug.Id, indication, counts)).ToList();
    }

    private async ValueTask<object?> CommentsAsync(IResolverContext context)
    {
        var drug = (Drug)context.Parent!;
        var key = new ConnectionKey<Guid, Guid?>(drug.Id, IndicationArgument(context), ConnectionFields.Page(context), ConnectionFields.SelectsTotalCount(context));
        return await context.DataLoader<RatingCommentsByDrug>().LoadAsync(key);
    }

    private Guid? IndicationArgument(IResolverContext context) =>
        context.Arguments.GetValueOrDefault("indicationId") is string id ? ids.Decode<Guid>(id, "Indication") : null;
}
