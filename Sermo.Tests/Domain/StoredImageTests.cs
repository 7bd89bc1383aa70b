using Sermo.Domain;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;

namespace Sermo.Tests.Domain;

public class StoredImageTests
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static (Organisation Organisation, Agency Agency) Mandated()
    {
        var organisation = Given.Pharma();
        var agency = new Agency("Brightline Health", "US", Given.Now.AddDays(-10));
        organisation.GrantMandate(agency, Given.Now.AddDays(-1));
        return (organisation, agency);
    }

    [Fact]
    public void An_agency_acting_for_the_organisation_stores_an_image()
    {
        var (organisation, agency) = Mandated();

        var image = new StoredImage(organisation, agency.Id, StoredImageFormat.Webp, 1234, 640, 480, Sha, Given.Now);

        Assert.Equal((organisation.Id, agency.Id, "image/webp", 1234L, 640, 480, Sha, Given.Now),
            (image.OrganisationId, image.UploadedByAgencyId, image.ContentType, image.Length, image.Width, image.Height, image.Sha256, image.UploadedAt));
        Assert.Equal($"images/{image.Id:N}", image.BlobKey);
    }

    [Fact]
    public void An_agency_without_a_current_mandate_is_refused()
    {
        var (organisation, agency) = Mandated();
        organisation.RevokeMandate(agency.Id, Given.Now.AddHours(-1));

        var refusal = Assert.Throws<DomainRuleException>(() => new StoredImage(organisation, agency.Id, StoredImageFormat.Png, 10, 64, 64, Sha, Given.Now));
        var stranger = Assert.Throws<DomainRuleException>(() => new StoredImage(organisation, Guid.NewGuid(), StoredImageFormat.Png, 10, 64, 64, Sha, Given.Now));

        Assert.Equal(DomainErrorCodes.AgencyNotMandated, refusal.Code);
        Assert.Equal(DomainErrorCodes.AgencyNotMandated, stranger.Code);
    }

    [Theory]
    [InlineData(StoredImage.MaxBytes + 1, DomainErrorCodes.ImageTooLarge)]
    [InlineData(0, DomainErrorCodes.ImageCorrupt)]
    public void The_length_is_checked_first(long length, string code)
    {
        Assert.Equal(code, Assert.Throws<DomainRuleException>(() => StoredImage.EnsureLength(length)).Code);
        StoredImage.EnsureLength(StoredImage.MaxBytes);
    }

    [Theory]
    [InlineData(15, 100)]
    [InlineData(100, 15)]
    [InlineData(8193, 100)]
    [InlineData(100, 8193)]
    [InlineData(8000, 5001)]
    public void Dimensions_outside_the_limits_are_refused(int width, int height)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => StoredImage.EnsureDimensions(width, height));

        Assert.Equal(DomainErrorCodes.ImageDimensionsOutOfRange, refusal.Code);
        Assert.Equal("File", refusal.Field);
    }

    [Theory]
    [InlineData(16, 16)]
    [InlineData(8192, 4882)]
    [InlineData(8000, 5000)]
    public void Dimensions_at_the_limits_are_accepted(int width, int height) => StoredImage.EnsureDimensions(width, height);

    [Fact]
    public void The_checksum_must_be_a_sha256()
    {
        var (organisation, agency) = Mandated();

        var refusal = Assert.Throws<DomainRuleException>(() => new StoredImage(organisation, agency.Id, StoredImageFormat.Png, 10, 64, 64, "ABC", Given.Now));

        Assert.Equal(DomainErrorCodes.InvalidArgument, refusal.Code);
    }
}
