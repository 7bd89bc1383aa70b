using Sermo.Domain;
using Sermo.Domain.Physicians;

namespace Sermo.Tests.Domain;

public class PhysicianTests
{
    [Fact]
    public void An_anonymous_member_is_shown_only_by_pseudonym()
    {
        var (physician, privateDetails) = Physician.Apply(Given.Application(anonymous: true), Given.Now);

        Assert.Null(physician.PublicName);
        Assert.Equal(physician.Pseudonym, physician.DisplayName);
        Assert.Equal("Jane", privateDetails.GivenName);
        Assert.Equal(physician.Id, privateDetails.PhysicianId);
    }

    [Fact]
    public void A_named_member_is_shown_by_professional_name_and_can_become_anonymous_keeping_the_pseudonym()
    {
        var (physician, _) = Physician.Apply(Given.Application(anonymous: false), Given.Now);
        var pseudonym = physician.Pseudonym;
        Assert.Equal("Dr Jane Okafor", physician.DisplayName);

        physician.BecomeAnonymous();

        Assert.Equal(pseudonym, physician.DisplayName);
        Assert.Null(physician.PublicName);
    }

    [Fact]
    public void Revealing_a_name_needs_the_members_own_private_details()
    {
        var physician = Given.Applicant();
        var someoneElse = Physician.Apply(Given.Application(), Given.Now).PrivateDetails;

        var error = Assert.Throws<DomainRuleException>(() => physician.RevealName(someoneElse));
        Assert.Equal(DomainErrorCodes.InvalidArgument, error.Code);
    }

    [Fact]
    public void Passing_the_three_stages_in_order_verifies_the_member()
    {
        var physician = Given.Applicant();
        Assert.Equal(CredentialStage.Identity, physician.PendingStage);

        physician.RecordCredentialCheck(CredentialStage.Identity, true, "ops", Given.Now);
        physician.RecordCredentialCheck(CredentialStage.Licence, true, "ops", Given.Now);
        Assert.Equal(PhysicianStatus.Applicant, physician.Status);
        physician.RecordCredentialCheck(CredentialStage.Practice, true, "ops", Given.Now.AddHours(2));

        Assert.True(physician.IsVerified);
        Assert.Equal(Given.Now.AddHours(2), physician.VerifiedAt);
        Assert.Null(physician.PendingStage);
        Assert.Equal(3, physician.CredentialChecks.Count);
    }

    [Fact]
    public void A_stage_cannot_be_skipped()
    {
        var physician = Given.Applicant();

        var error = Assert.Throws<DomainRuleException>(() => physician.RecordCredentialCheck(CredentialStage.Licence, true, "ops", Given.Now));

        Assert.Equal(DomainErrorCodes.CredentialStageOutOfOrder, error.Code);
    }

    [Fact]
    public void A_failed_stage_rejects_and_needs_a_reason_and_ends_the_check()
    {
        var physician = Given.Applicant();
        Assert.Throws<DomainRuleException>(() => physician.RecordCredentialCheck(CredentialStage.Identity, false, "ops", Given.Now));

        physician.RecordCredentialCheck(CredentialStage.Identity, false, "ops", Given.Now, "Document expired");

        Assert.Equal(PhysicianStatus.Rejected, physician.Status);
        var error = Assert.Throws<DomainRuleException>(() => physician.RecordCredentialCheck(CredentialStage.Identity, true, "ops", Given.Now));
        Assert.Equal(DomainErrorCodes.InvalidStateTransition, error.Code);
    }

    [Fact]
    public void A_suspended_member_is_not_verified_until_reinstated()
    {
        var physician = Given.VerifiedPhysician();

        physician.Suspend();
        Assert.Throws<DomainRuleException>(() => physician.EnsureVerified("post"));
        physician.Reinstate();

        physician.EnsureVerified("post");
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("USA")]
    [InlineData("")]
    public void Country_must_be_an_ISO_code(string country)
    {
        var error = Assert.Throws<DomainRuleException>(() => Physician.Apply(Given.Application(country: country), Given.Now));
        Assert.Contains("ISO 3166-1", error.Message);
    }

    [Fact]
    public void Specialty_must_come_from_the_list_which_has_over_ninety_entries()
    {
        Assert.True(Specialties.All.Count >= 90);
        Assert.Equal(Specialties.All.Count, Specialties.All.Select(s => s.Code).Distinct().Count());
        Assert.Throws<DomainRuleException>(() => Physician.Apply(Given.Application(specialty: "astrology"), Given.Now));
    }

    [Fact]
    public void Languages_are_normalised_and_must_be_supported()
    {
        var application = Given.Application() with { Languages = ["EN", "fr", "en"] };
        Assert.Equal(["en", "fr"], Physician.Apply(application, Given.Now).Physician.Languages);

        Assert.Throws<DomainRuleException>(() => Physician.Apply(application with { Languages = ["tlh"] }, Given.Now));
        Assert.Throws<DomainRuleException>(() => Physician.Apply(application with { Languages = [] }, Given.Now));
    }

    [Fact]
    public void Times_must_be_utc()
    {
        var local = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local);
        Assert.Throws<DomainRuleException>(() => Physician.Apply(Given.Application(), local));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("<script>")]
    [InlineData(" ")]
    public void A_pseudonym_has_a_safe_shape(string pseudonym)
    {
        Assert.Throws<DomainRuleException>(() => Physician.Apply(Given.Application() with { Pseudonym = pseudonym }, Given.Now));
    }
}
