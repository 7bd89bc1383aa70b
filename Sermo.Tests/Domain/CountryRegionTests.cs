using Sermo.Domain;

namespace Sermo.Tests.Domain;

public class CountryRegionTests
{
    [Fact]
    public void The_regions_cover_every_country_code_exactly_once()
    {
        var listed = CountryRegions.CountryCodesByRegion.Values.SelectMany(codes => codes).ToList();

        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(Countries.Codes.Order(), listed.Order());
        Assert.All(Countries.Codes, code => Assert.Contains(Countries.RegionOf(code), CountryRegions.All));
    }

    [Fact]
    public void Every_region_has_countries_and_a_unique_code()
    {
        Assert.All(CountryRegions.All, r => Assert.NotEmpty(CountryRegions.CountryCodesByRegion[r.Code]));
        Assert.Equal(CountryRegions.All.Count, CountryRegions.All.Select(r => r.Code).Distinct().Count());
        Assert.InRange(CountryRegions.All.Count, 15, 20);
    }

    [Theory]
    [InlineData("us", "northern-america")]
    [InlineData("MX", "central-america")]
    [InlineData("BR", "south-america")]
    [InlineData("GB", "northern-europe")]
    [InlineData("DE", "western-europe")]
    [InlineData("NG", "sub-saharan-africa")]
    [InlineData("EG", "northern-africa")]
    [InlineData("IN", "southern-asia")]
    [InlineData("TR", "western-asia")]
    [InlineData("AU", "australia-and-new-zealand")]
    [InlineData("BV", "south-america")]
    [InlineData("AQ", "antarctica")]
    public void A_country_is_in_its_m49_region(string country, string region)
    {
        Assert.Equal(region, Countries.RegionOf(country).Code);
    }

    [Fact]
    public void A_code_that_is_not_iso_has_no_region()
    {
        var error = Assert.Throws<DomainRuleException>(() => Countries.RegionOf("XK"));
        Assert.Contains("ISO 3166-1", error.Message);
    }
}
