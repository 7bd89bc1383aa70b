using Sermo.Domain.Privacy;

namespace Sermo.Tests.Privacy;

public class PatientIdentifierGuardTests
{
    public static TheoryData<string, string> Corpus()
    {
        var data = new TheoryData<string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Privacy", "identifier-corpus.txt");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var separator = line.IndexOf(" | ", StringComparison.Ordinal);
            data.Add(line[..separator], line[(separator + 3)..]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void The_corpus_is_classified_as_labelled(string expected, string text)
    {
        var findings = PatientIdentifierGuard.Scan("Text", text);

        if (expected == "None")
            Assert.True(findings.Count == 0, $"False positive: {string.Join("; ", findings.Select(f => f.Describe()))}");
        else
            Assert.Equal(Enum.Parse<PatientIdentifierKind>(expected), Assert.Single(findings).Kind);
    }

    [Fact]
    public void The_corpus_has_positives_for_every_kind_and_negatives()
    {
        var labels = Corpus().Select(row => (string)row[0]).ToList();

        foreach (var kind in Enum.GetNames<PatientIdentifierKind>())
            Assert.Contains(kind, labels);
        Assert.True(labels.Count(l => l == "None") >= 30);
    }

    [Fact]
    public void A_finding_says_where_it_is_without_repeating_the_identifier()
    {
        const string text = "Seen 03/14/2024; call 555-867-5309.";

        var findings = PatientIdentifierGuard.Scan("History", text);

        Assert.Equal([PatientIdentifierKind.ExactDate, PatientIdentifierKind.PhoneNumber], findings.Select(f => f.Kind));
        Assert.Equal("03/14/2024", text.Substring(findings[0].Index, findings[0].Length));
        Assert.Equal("History: an exact date (give a month and year or a relative time instead) at characters 6-15", findings[0].Describe());
    }

    [Fact]
    public void EnsureNone_reports_every_field_that_has_findings()
    {
        var error = Assert.Throws<PatientIdentifierException>(() => PatientIdentifierGuard.EnsureNone(
            ("Title", "Falls in a 94-year-old"), ("History", "Nothing notable"), ("Findings", "e-mail me: a@b.org")));

        Assert.Equal(["Title", "Findings"], error.Findings.Select(f => f.Field));
        Assert.Contains("write \"90+\"", error.Message);
    }

    [Fact]
    public void Empty_text_has_no_findings_and_long_text_finishes()
    {
        Assert.Empty(PatientIdentifierGuard.Scan("Text", null));
        var noisy = string.Concat(Enumerable.Repeat("1-2-3 a@b 555 (12) + 9 ", 2_000));

        PatientIdentifierGuard.Scan("Text", noisy);
    }
}
