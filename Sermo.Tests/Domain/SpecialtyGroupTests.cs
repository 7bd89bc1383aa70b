using Sermo.Domain;
using Sermo.Domain.Physicians;

namespace Sermo.Tests.Domain;

public class SpecialtyGroupTests
{
    [Fact]
    public void Every_specialty_is_in_one_of_the_listed_groups_and_every_group_has_members()
    {
        Assert.All(Specialties.All, s => Assert.Contains(s.Group, SpecialtyGroups.All));
        Assert.All(SpecialtyGroups.All, g => Assert.Contains(Specialties.All, s => s.Group == g));
        Assert.InRange(SpecialtyGroups.All.Count, 10, 14);
        Assert.Equal(SpecialtyGroups.All.Count, SpecialtyGroups.All.Select(g => g.Code).Distinct().Count());
    }

    [Fact]
    public void No_group_code_is_also_a_specialty_code()
    {
        Assert.DoesNotContain(SpecialtyGroups.All, g => Specialties.Find(g.Code) is not null);
    }

    [Theory]
    [InlineData("interventional-cardiology", "cardiovascular")]
    [InlineData("pediatric-surgery", "surgical-specialties")]
    [InlineData("pediatric-cardiology", "pediatric-specialties")]
    [InlineData("gynecologic-oncology", "obstetrics-gynecology-specialties")]
    [InlineData("child-neurology", "psychiatry-neurology")]
    [InlineData("neuroradiology", "radiology-imaging")]
    [InlineData("family-medicine", "primary-care-public-health")]
    public void A_subspecialty_is_grouped_with_the_training_it_grows_out_of(string specialty, string group)
    {
        Assert.Equal(group, Specialties.GroupOf(specialty).Code);
    }

    [Fact]
    public void An_unknown_specialty_has_no_group()
    {
        var error = Assert.Throws<DomainRuleException>(() => Specialties.GroupOf("astrology"));
        Assert.Equal(DomainErrorCodes.InvalidArgument, error.Code);
    }
}
