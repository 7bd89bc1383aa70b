namespace Sermo.Tests.Reports;

/// <summary>Small random datasets for the property tests: few physicians in few groups and regions, a few drugs in
/// overlapping classes, ratings and re-ratings over eighteen months, so that small cells are everywhere.</summary>
internal static class RandomRatings
{
    private static readonly string[] SpecialtyPool = ["family-medicine", "cardiology", "dermatopathology", "anesthesiology", "pediatrics"];
    private static readonly string[] CountryPool = ["US", "DE", "JP", "BR", "FR"];

    public static (SyntheticCatalogue Catalogue, List<SyntheticRating> Ratings) Make(int seed)
    {
        var random = new Random(seed);
        var drugs = random.Next(2, 5);
        var classes = new List<int[]> { Enumerable.Range(0, drugs - 1).ToArray(), new[] { drugs - 1 } };
        if (random.Next(2) == 0)
            classes.Add(new[] { 0, drugs - 1 });    // a combination product in two classes
        var catalogue = new SyntheticCatalogue(drugs, 1, classes);
        var physicians = random.Next(15, 60);
        var start = new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        var ratings = new List<SyntheticRating>();
        for (var p = 0; p < physicians; p++)
        {
            var specialty = SpecialtyPool[random.Next(3) == 0 ? random.Next(SpecialtyPool.Length) : 0];
            var country = CountryPool[random.Next(4) == 0 ? random.Next(CountryPool.Length) : random.Next(2)];
            var count = random.Next(1, 5);
            for (var i = 0; i < count; i++)
            {
                int[] scores = [.. Enumerable.Range(0, 5).Select(_ => random.Next(1, 6))];
                ratings.Add(new(p, specialty, country, random.Next(drugs), 0, start.AddHours(random.Next(18 * 30 * 24)), scores));
            }
        }
        return (catalogue, [.. ratings.OrderBy(r => r.RatedAt)]);
    }
}
