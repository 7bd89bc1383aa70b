using Sermo.Domain.Privacy;
using Sermo.Tests.Domain;

namespace Sermo.Tests.Privacy;

public class ProfileDisclosureTests
{
    [Fact]
    public void Others_see_a_pseudonym_and_languages_only_as_the_members_choice_of_anonymity_allows()
    {
        var anonymous = Given.VerifiedPhysician(anonymous: true);
        var named = Given.VerifiedPhysician(anonymous: false);

        Assert.Equal(anonymous.Pseudonym, ProfileDisclosure.PseudonymShownToOthers(anonymous));
        Assert.Null(ProfileDisclosure.PseudonymShownToOthers(named));
        Assert.Null(ProfileDisclosure.LanguagesShownToOthers(anonymous));
        Assert.Equal(named.Languages, ProfileDisclosure.LanguagesShownToOthers(named));
    }

    [Fact]
    public void A_named_member_who_turns_anonymous_keeps_the_pseudonym_which_others_see_from_then_on()
    {
        var member = Given.VerifiedPhysician(anonymous: false);
        var pseudonym = member.Pseudonym;

        member.BecomeAnonymous();

        Assert.Equal(pseudonym, ProfileDisclosure.PseudonymShownToOthers(member));
        Assert.Null(ProfileDisclosure.LanguagesShownToOthers(member));
    }

    [Theory]
    [InlineData("2026-03-17T23:59:59Z", "2026-03-01")]
    [InlineData("2026-03-01T00:00:00Z", "2026-03-01")]
    [InlineData("2025-12-31T12:00:00Z", "2025-12-01")]
    public void Dates_are_shown_to_others_as_their_month(string at, string shown)
    {
        var instant = DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(DateOnly.Parse(shown, System.Globalization.CultureInfo.InvariantCulture), ProfileDisclosure.DateShownToOthers(instant));
    }
}
