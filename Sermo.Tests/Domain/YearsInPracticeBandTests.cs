using Sermo.Domain;
using Sermo.Domain.Physicians;

namespace Sermo.Tests.Domain;

public class YearsInPracticeBandTests
{
    [Theory]
    [InlineData(0, "0-4")]
    [InlineData(4, "0-4")]
    [InlineData(5, "5-9")]
    [InlineData(9, "5-9")]
    [InlineData(10, "10-19")]
    [InlineData(19, "10-19")]
    [InlineData(20, "20-29")]
    [InlineData(29, "20-29")]
    [InlineData(30, "30+")]
    [InlineData(70, "30+")]
    public void Years_fall_into_their_band_at_each_boundary(int years, string label)
    {
        Assert.Equal(label, YearsInPracticeBands.Of(years).Label());
    }

    [Fact]
    public void Negative_years_are_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => YearsInPracticeBands.Of(-1));
        Assert.Equal(DomainErrorCodes.InvalidArgument, error.Code);
    }

    [Fact]
    public void Every_band_has_its_own_label()
    {
        var labels = Enum.GetValues<YearsInPracticeBand>().Select(b => b.Label()).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Throws<DomainRuleException>(() => ((YearsInPracticeBand)99).Label());
    }
}
