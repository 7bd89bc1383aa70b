using Sermo.Domain;
using Sermo.Domain.Drugs;
using Sermo.Domain.Organisations;
using Sermo.Domain.Privacy;
using Sermo.Domain.Ratings;

namespace Sermo.Tests.Domain;

public class DrugRatingTests
{
    private static readonly RatingScores Good = new(5, 4, 4, 3, 4);

    [Fact]
    public void A_verified_physician_rates_a_drug_for_a_listed_indication()
    {
        var (drug, indication) = Given.DrugWithIndication();
        var rater = Given.VerifiedPhysician("DE");

        var rating = DrugRating.Submit(rater, drug, indication.Id, Good, "Well tolerated in my practice.", null, Given.Now);

        Assert.Equal((1, true, 5, 3), (rating.RatingVersion, rating.IsCurrent, rating.Efficacy, rating.Accessibility));
        Assert.Equal(("cardiology", "DE"), (rating.RaterSpecialtyCode, rating.RaterCountryCode));
        Assert.Equal(Good, rating.Scores);
    }

    [Fact]
    public void Rating_again_supersedes_and_keeps_the_earlier_version()
    {
        var (drug, indication) = Given.DrugWithIndication();
        var rater = Given.VerifiedPhysician();
        var first = DrugRating.Submit(rater, drug, indication.Id, Good, null, null, Given.Now);

        var second = DrugRating.Submit(rater, drug, indication.Id, new RatingScores(3, 3, 3, 3, 3), null, first, Given.Now.AddDays(30));

        Assert.False(first.IsCurrent);
        Assert.Equal(Given.Now.AddDays(30), first.SupersededAt);
        Assert.Equal((2, true), (second.RatingVersion, second.IsCurrent));
        var error = Assert.Throws<DomainRuleException>(() => DrugRating.Submit(rater, drug, indication.Id, Good, null, first, Given.Now));
        Assert.Equal(DomainErrorCodes.RatingNotCurrent, error.Code);
    }

    [Fact]
    public void The_rating_to_supersede_must_be_the_same_physicians()
    {
        var (drug, indication) = Given.DrugWithIndication();
        var someoneElses = DrugRating.Submit(Given.VerifiedPhysician(), drug, indication.Id, Good, null, null, Given.Now);

        Assert.Throws<DomainRuleException>(() => DrugRating.Submit(Given.VerifiedPhysician(), drug, indication.Id, Good, null, someoneElses, Given.Now));
        Assert.True(someoneElses.IsCurrent);
    }

    [Fact]
    public void An_unverified_physician_cannot_rate()
    {
        var (drug, indication) = Given.DrugWithIndication();

        var error = Assert.Throws<DomainRuleException>(() => DrugRating.Submit(Given.Applicant(), drug, indication.Id, Good, null, null, Given.Now));

        Assert.Equal(DomainErrorCodes.PhysicianNotVerified, error.Code);
    }

    [Fact]
    public void A_drug_is_rated_only_for_its_listed_indications()
    {
        var (drug, _) = Given.DrugWithIndication();
        var other = new Indication("Migraine", "G43");

        var error = Assert.Throws<DomainRuleException>(() => DrugRating.Submit(Given.VerifiedPhysician(), drug, other.Id, Good, null, null, Given.Now));

        Assert.Equal(DomainErrorCodes.IndicationNotListed, error.Code);
        Assert.Equal("Indication", error.Field);
    }

    [Theory]
    [InlineData(0, 3, 3, 3, 3)]
    [InlineData(3, 6, 3, 3, 3)]
    [InlineData(3, 3, 3, 3, -1)]
    public void Every_dimension_is_one_to_five(int efficacy, int safety, int tolerability, int accessibility, int adherence)
    {
        Assert.Throws<DomainRuleException>(() => new RatingScores(efficacy, safety, tolerability, accessibility, adherence));
    }

    [Fact]
    public void Comments_are_limited_and_guarded_against_patient_identifiers()
    {
        var (drug, indication) = Given.DrugWithIndication();
        var rater = Given.VerifiedPhysician();

        Assert.Throws<DomainRuleException>(() => DrugRating.Submit(rater, drug, indication.Id, Good, new string('x', DrugRating.MaxCommentLength + 1), null, Given.Now));
        Assert.Throws<PatientIdentifierException>(() => DrugRating.Submit(rater, drug, indication.Id, Good, "My patient (MRN 4471230) did well.", null, Given.Now));
    }

    [Fact]
    public void Only_a_pharma_company_manufactures_and_a_drug_needs_a_class_and_an_indication()
    {
        var vendor = new Organisation("Chart Systems", OrganisationKind.Vendor, "US", Given.Now);
        var indication = new Indication("Asthma", "J45");
        var drugClass = new DrugClass("Inhaled corticosteroid", "R03BA");

        Assert.Throws<DomainRuleException>(() => new Drug("Breatho", "budesonide", vendor, [drugClass], [indication], Given.Now));
        Assert.Throws<DomainRuleException>(() => new Drug("Breatho", "budesonide", Given.Pharma(), [], [indication], Given.Now));
        Assert.Throws<DomainRuleException>(() => new Drug("Breatho", "budesonide", Given.Pharma(), [drugClass], [], Given.Now));
    }
}
