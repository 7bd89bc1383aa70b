using Sermo.Api.Auth;
using Sermo.Api.Schemas.Partner.Drugs;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Ratings;

public sealed class RatingSummaryType : ObjectTypeConfiguration<RatingSummary>
{
    public override void Configure(ObjectTypeDescriptor<RatingSummary> type)
    {
        type.Description("What members' ratings of a drug for one indication added up to at the summary's last release: each member's current version counts once. " +
            $"Published once at least {RatingSummary.MinimumRaters} members rated; until then only tooFewRaters is set. Released again only once " +
            $"{RatingSummaryRelease.RatersPerStep} more members rated or changed their rating, so no one rater's change can be read off it. " +
            $"Each dimension's mean and distribution show only where at least {RatingSummary.MinimumRatersOutsideMostCommon} of its raters gave a score other than " +
            "the most common one (tooConcentrated), so a unanimous score never shows.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field("indication").Type("Indication!").Description("The indication rated for.")
            .ResolveWith(([Parent] RatingSummary summary, IndicationById indications) => indications.LoadAsync(summary.IndicationId));
        type.Field("tooFewRaters").Type("Boolean!")
            .Description($"True while fewer than {RatingSummary.MinimumRaters} members rated the drug for this indication: every figure below is then null, " +
                "so no one member's scores can be read off the summary (docs/privacy.md).")
            .ResolveWith(([Parent] RatingSummary summary) => summary.HasTooFewRaters);
        type.Field("ratings").Type("Int").Description("How many members rated the drug for this indication; null while too few did.")
            .ResolveWith(([Parent] RatingSummary summary) => summary.Published?.Ratings);
        Dimension(type, "efficacy", "Efficacy scores", s => s.Efficacy);
        Dimension(type, "safety", "Safety scores", s => s.Safety);
        Dimension(type, "tolerability", "Tolerability scores", s => s.Tolerability);
        Dimension(type, "accessibility", "Accessibility scores", s => s.Accessibility);
        Dimension(type, "adherence", "Adherence scores", s => s.Adherence);
    }

    private static void Dimension(ObjectTypeDescriptor<RatingSummary> type, string name, string what, Func<RatingSummary, ScoreDistribution> of) =>
        type.Field(name).Type("ScoreDistribution").Description($"{what}; null while too few members rated (its own figures may still be withheld: tooConcentrated).")
            .ResolveWith(([Parent] RatingSummary summary) => summary.Published is { } published ? of(published) : null);
}
