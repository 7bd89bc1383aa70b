namespace Sermo.Tests.Reports;

/// <summary>A rating as the release build reads it (one version; scores per dimension), with the rater's specialty and
/// country as copied onto it. The tests write these through the domain into a database, or count them in memory.</summary>
internal sealed record SyntheticRating(
    int Physician,
    string Specialty,
    string Country,
    int Drug,
    int Indication,
    DateTime RatedAt,
    int[] Scores);
