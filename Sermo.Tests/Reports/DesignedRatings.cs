namespace Sermo.Tests.Reports;

/// <summary>
/// Ratings made to expose small groups: in 2025, two big drugs of one class rated by about sixty physicians spread over
/// the months, a third drug of the same class with four raters, a specialty group of three raters (pathology), a
/// region of one (Eastern Asia), and one physician alone in giving efficacy 1; some re-rate later, some in January 2026.
/// </summary>
internal static class DesignedRatings
{
    public const int BigDrug = 0, OtherBigDrug = 1, SmallDrug = 2, OtherClassDrug = 3;

    public static SyntheticCatalogue Catalogue() => new(drugs: 4, indications: 1, drugsOfClass: [[BigDrug, OtherBigDrug, SmallDrug], [OtherClassDrug]]);

    public static List<SyntheticRating> Ratings()
    {
        var ratings = new List<SyntheticRating>();
        var start = new DateTime(2025, 1, 3, 10, 0, 0, DateTimeKind.Utc);
        for (var physician = 0; physician < 60; physician++)
        {
            var (specialty, country) = physician switch
            {
                < 3 => ("dermatopathology", "US"),          // a specialty group of three
                3 => ("family-medicine", "JP"),              // a region of one
                < 40 => ("family-medicine", "US"),
                _ => ("cardiology", "DE"),
            };
            var at = start.AddDays(physician * 6 % 360).AddHours(physician);
            int[] Scores(int drug) => [physician == 7 && drug == BigDrug ? 1 : 3 + (physician + drug) % 3, 2 + physician % 4, 3 + physician % 3, 4, 2 + (physician + drug) % 4];
            ratings.Add(new(physician, specialty, country, BigDrug, 0, at, Scores(BigDrug)));
            ratings.Add(new(physician, specialty, country, OtherBigDrug, 0, at.AddDays(1), Scores(OtherBigDrug)));
            if (physician % 15 == 1)
                ratings.Add(new(physician, specialty, country, SmallDrug, 0, at.AddDays(2), Scores(SmallDrug)));
            if (physician % 2 == 0)
                ratings.Add(new(physician, specialty, country, OtherClassDrug, 0, at.AddDays(3), Scores(OtherClassDrug)));
            // Some change their mind: in the same month, and in January 2026.
            if (physician % 10 == 5)
                ratings.Add(new(physician, specialty, country, BigDrug, 0, at.AddHours(5), [5, 5, 5, 5, 5]));
            if (physician % 4 == 0)
                ratings.Add(new(physician, specialty, country, OtherBigDrug, 0, new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc).AddHours(physician), Scores(BigDrug)));
        }
        return [.. ratings.OrderBy(r => r.RatedAt)];
    }
}
