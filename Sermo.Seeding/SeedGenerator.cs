using System.Globalization;
using System.Text;
using Bogus;
using Sermo.Domain;
using Sermo.Domain.Cases;
using Sermo.Domain.Drugs;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;
using Sermo.Domain.Polls;
using Sermo.Domain.Ratings;

namespace Sermo.Seeding;

/// <summary>
/// Builds a realistic, deterministic data set through the domain's own methods (so every generated row
/// obeys the rules). One fixed random seed drives everything, including entity ids: the same plan gives
/// the same rows. Activity is skewed: a few members are very active, most are quiet.
/// </summary>
public sealed partial class SeedGenerator(SeedPlan plan)
{
    private static readonly (string Code, double Weight, string Locale, string Language)[] MainCountries =
    [
        ("US", 30, "en_US", "en"), ("GB", 6, "en_GB", "en"), ("DE", 6, "de", "de"), ("FR", 5, "fr", "fr"), ("ES", 4, "es", "es"),
        ("IT", 4, "it", "en"), ("CA", 4, "en_CA", "en"), ("BR", 4, "pt_BR", "pt"), ("MX", 3, "es_MX", "es"), ("AU", 3, "en_AU", "en"),
        ("IN", 3, "en_IND", "en"), ("JP", 2, "ja", "en"), ("NL", 2, "nl", "en"), ("AR", 2, "es", "es"), ("PT", 1.5, "pt_PT", "pt"),
        ("CH", 1, "de_CH", "de"), ("AT", 1, "de_AT", "de"), ("BE", 1, "fr", "fr"), ("SE", 1, "sv", "en"), ("PL", 1, "pl", "en"),
        ("IE", 1, "en_IE", "en"), ("CO", 1, "es", "es"), ("CL", 1, "es", "es"),
    ];

    private static readonly (string Code, double Weight)[] MainSpecialties =
    [
        ("family-medicine", 12), ("internal-medicine", 12), ("pediatrics", 6), ("psychiatry", 5), ("cardiology", 5), ("anesthesiology", 4),
        ("emergency-medicine", 4), ("obstetrics-and-gynecology", 4), ("diagnostic-radiology", 3), ("general-surgery", 3), ("neurology", 3),
        ("medical-oncology", 3), ("dermatology", 2), ("gastroenterology", 2), ("endocrinology-diabetes-and-metabolism", 2),
        ("orthopaedic-surgery", 2), ("pulmonary-disease", 2), ("nephrology", 1.5), ("rheumatology", 1.5), ("infectious-disease", 1.5),
        ("ophthalmology", 1.5), ("urology", 1.5), ("geriatric-medicine", 1.5),
    ];

    private static readonly string[] PseudonymAdjectives = ["Quiet", "Brisk", "Steady", "Curious", "Candid", "Calm", "Keen", "Patient", "Wry", "Bold", "Gentle", "Lucid"];
    private static readonly string[] PseudonymNouns = ["Heron", "Otter", "Falcon", "Cedar", "Harbor", "Lynx", "Willow", "Comet", "Badger", "Maple", "Osprey", "Fjord"];

    private readonly Random _random = new(plan.RandomSeed);
    private readonly Dictionary<string, Faker> _fakers = [];

    public SeedData Generate()
    {
        using var ids = EntityIds.UseDeterministic(plan.RandomSeed);
        var start = SeedPlan.AsOf.AddYears(-6);

        var agencies = Enumerable.Range(0, plan.Agencies)
            .Select(i => new Agency($"{Faker("en_US").Name.LastName()} {Pick(["Health", "Creative", "Medical Communications", "Digital"])}", Pick(["US", "GB", "DE"]), start.AddDays(i)))
            .ToList();
        var organisations = Organisations(start, agencies);
        var (physicians, privateDetails) = Physicians(start);
        // At scale the most active member writes about a thousand ratings and the median member a few.
        var zipf = WeightedSampler.Zipf(physicians.Count, 1.0, _random, offset: physicians.Count / 1000.0);
        var activity = new WeightedSampler(physicians.Select((p, i) => p.IsVerified ? zipf[i] : 0).ToArray());

        var (classes, indications, drugs) = Drugs(organisations, listedAt: start);
        var pages = Pages(organisations, agencies, drugs);
        var cases = Cases(physicians, activity);
        var polls = Polls(physicians);
        var ratings = Ratings(physicians, activity, drugs);
        var engagement = Engagement(pages, physicians);
        var images = _images.Values.SelectMany(i => new[] { i.Logo, i.Cover }).ToList();
        return new SeedData(agencies, organisations, physicians, privateDetails, classes, indications, drugs, images, pages, cases, polls, ratings,
            RatingReleases(ratings), engagement);
    }

    private List<Organisation> Organisations(DateTime start, List<Agency> agencies)
    {
        var organisations = new List<Organisation>();
        for (var i = 0; i < plan.Organisations; i++)
        {
            var faker = Faker("en_US");
            // Mostly pharma (the Pages' main customers); every third of the rest a vendor or a medical organisation.
            var kind = i % 5 < 3 ? OrganisationKind.PharmaCompany : i % 5 == 3 ? OrganisationKind.Vendor : OrganisationKind.MedicalOrganisation;
            var name = kind switch
            {
                OrganisationKind.PharmaCompany => $"{faker.Name.LastName()} {Pick(["Pharmaceuticals", "Therapeutics", "Biosciences", "Pharma", "Life Sciences"])}",
                OrganisationKind.Vendor => $"{faker.Name.LastName()} {Pick(["Health Systems", "MedTech", "Diagnostics", "Clinical Software"])}",
                _ => $"{Pick(["Society", "College", "Association", "Academy"])} of {Specialties.Find(Pick(MainSpecialties).Code)!.Name}",
            };
            var organisation = new Organisation(name, kind, Pick(["US", "US", "GB", "DE", "CH", "FR", "JP"]), start.AddDays(i));
            // Every organisation has an agency (each owns Pages, and an agency edits every Page).
            if (agencies.Count > 0)
                organisation.GrantMandate(agencies[i % agencies.Count], start.AddDays(30 + i));
            organisations.Add(organisation);
        }
        return organisations;
    }

    private (List<Physician>, List<PhysicianPrivateDetails>) Physicians(DateTime start)
    {
        var countries = new WeightedSampler(MainCountries.Select(c => c.Weight).Concat(TailCountries.Select(_ => 0.1)).ToArray());
        var specialties = new WeightedSampler(MainSpecialties.Select(s => s.Weight).Concat(TailSpecialties.Select(_ => 0.3)).ToArray());
        var physicians = new List<Physician>(plan.Physicians);
        var privateDetails = new List<PhysicianPrivateDetails>(plan.Physicians);
        var span = (SeedPlan.AsOf - start).TotalMinutes;
        for (var i = 0; i < plan.Physicians; i++)
        {
            var countryIndex = countries.Next(_random);
            var (country, locale, language) = countryIndex < MainCountries.Length
                ? (MainCountries[countryIndex].Code, MainCountries[countryIndex].Locale, MainCountries[countryIndex].Language)
                : (TailCountries[countryIndex - MainCountries.Length], "en", "en");
            var specialtyIndex = specialties.Next(_random);
            var specialty = specialtyIndex < MainSpecialties.Length ? MainSpecialties[specialtyIndex].Code : TailSpecialties[specialtyIndex - MainSpecialties.Length];
            var faker = Faker(locale);
            var given = faker.Name.FirstName();
            var family = faker.Name.LastName();
            var languages = language == "en" || _random.NextDouble() < 0.6 ? new[] { language, "en" } : [language];
            // The first two members are one named and one anonymous, whatever the random draws say.
            var anonymous = i == 0 ? false : i == 1 || _random.NextDouble() < 0.9;
            var joinedAt = start.AddMinutes(span * Math.Sqrt(_random.NextDouble()) * 0.98);
            var (physician, details) = Physician.Apply(new PhysicianApplication(
                $"{Pick(PseudonymAdjectives)}{Pick(PseudonymNouns)}{i + 1}", specialty, country, languages,
                Math.Min(45, (int)(_random.NextDouble() * _random.NextDouble() * 40) + 1), anonymous,
                given, family, $"{Ascii(given)}.{Ascii(family)}.{i + 1}@{Pick(["mail.example.com", "clinic.example.org", "med.example.net"])}",
                _random.NextDouble() < 0.7 ? faker.Phone.PhoneNumber("+## ### ### ####") : null,
                $"{country}-{_random.Next(100_000, 999_999)}", $"Medical licensing authority ({country})", faker.Company.CompanyName() + " Medical Practice"),
                joinedAt);
            Verify(physician, i, joinedAt);
            physicians.Add(physician);
            privateDetails.Add(details);
        }
        return (physicians, privateDetails);
    }

    private void Verify(Physician physician, int index, DateTime joinedAt)
    {
        // About 94% verified, 3% still in the check, 2% rejected, 1% verified then suspended; the first two always verified.
        var draw = index < 2 ? 0 : _random.NextDouble();
        var at = joinedAt.AddHours(6);
        if (draw >= 0.94 && draw < 0.97)
        {
            physician.RecordCredentialCheck(CredentialStage.Identity, true, "verification-service", at);
            return;
        }
        if (draw >= 0.97 && draw < 0.99)
        {
            physician.RecordCredentialCheck(CredentialStage.Identity, true, "verification-service", at);
            physician.RecordCredentialCheck(CredentialStage.Licence, false, "licence-team", at.AddHours(20), "Licence not found in the issuing register.");
            return;
        }
        physician.RecordCredentialCheck(CredentialStage.Identity, true, "verification-service", at);
        physician.RecordCredentialCheck(CredentialStage.Licence, true, "licence-team", at.AddHours(20));
        physician.RecordCredentialCheck(CredentialStage.Practice, true, "licence-team", at.AddHours(30));
        if (draw >= 0.99)
            physician.Suspend();
    }

    /// <summary>The catalogue, listed at <paramref name="listedAt"/>: years before the first rating, so every year's class
    /// reports hold every drug of the class (they read the catalogue as of 1 January).</summary>
    private (List<DrugClass>, List<Indication>, List<Drug>) Drugs(List<Organisation> organisations, DateTime listedAt)
    {
        var classes = DrugCatalogue.Classes.Select(c => new DrugClass(c.Name, c.Atc)).ToList();
        var indications = new Dictionary<string, Indication>();
        foreach (var entry in DrugCatalogue.Classes)
            foreach (var (name, icd) in entry.Indications)
                if (!indications.ContainsKey(name))
                    indications[name] = new Indication(name, icd);
        var generics = DrugCatalogue.Classes.SelectMany((c, i) => c.Generics.Select(g => (Generic: g, ClassIndex: i))).ToList();
        var manufacturers = organisations.Where(o => o.Kind == OrganisationKind.PharmaCompany).ToList();
        var brands = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var drugs = new List<Drug>(plan.Drugs);
        for (var i = 0; i < plan.Drugs; i++)
        {
            var (generic, classIndex) = generics[i % generics.Count];
            var entry = DrugCatalogue.Classes[classIndex];
            var listed = entry.Indications.Where((_, n) => n == 0 || _random.NextDouble() < 0.7).Select(x => indications[x.Name]).ToList();
            drugs.Add(new Drug(UniqueBrand(brands), generic, manufacturers[_random.Next(manufacturers.Count)], [classes[classIndex]], listed, listedAt));
        }
        return (classes, indications.Values.ToList(), drugs);
    }

    private string UniqueBrand(HashSet<string> taken)
    {
        while (true)
        {
            var name = Pick(DrugCatalogue.BrandStarts) + Pick(DrugCatalogue.BrandMiddles) + Pick(DrugCatalogue.BrandEnds) + Pick(DrugCatalogue.Formulations);
            if (taken.Add(name))
                return name;
        }
    }

    private List<Case> Cases(List<Physician> physicians, WeightedSampler activity)
    {
        var cases = new List<Case>(plan.Cases);
        var spanMinutes = TimeSpan.FromDays(730).TotalMinutes;
        for (var i = 0; i < plan.Cases; i++)
        {
            var template = Pick(SeedTexts.Cases);
            var author = physicians[activity.Next(_random)];
            var posted = SeedPlan.AsOf.AddDays(-730).AddMinutes(spanMinutes * (i + _random.NextDouble()) / plan.Cases);
            var findings = string.Format(CultureInfo.InvariantCulture, template.Findings, 120 + _random.Next(60), 80 + _random.Next(30));
            var @case = Case.Post(author, template.Specialty, template.Title, template.Question,
                new PatientDetails(template.Age, template.Sex, template.History, findings), posted);
            if (_random.NextDouble() < 0.3)
                @case.Attach(author, AttachmentKind.Image, $"image-{i + 1}.png", "image/png", 200_000 + _random.Next(2_000_000), "Imaging", posted);
            Discuss(@case, author, physicians, activity, posted);
            cases.Add(@case);
        }
        return cases;
    }

    private void Discuss(Case @case, Physician author, List<Physician> physicians, WeightedSampler activity, DateTime posted)
    {
        // Most cases get a first response within about 1.5 hours and are solved within a day.
        var at = posted.AddMinutes(Math.Min(LogNormal(Math.Log(70), 0.9), 60 * 48));
        var responses = 1 + (int)(-Math.Log(1 - _random.NextDouble()) * 5);
        var proposals = new List<CaseResponse>();
        for (var r = 0; r < responses && at < SeedPlan.AsOf; r++)
        {
            var responder = Colleague(physicians, activity, author);
            var draw = _random.NextDouble();
            if (draw < 0.25)
            {
                @case.Respond(responder, ResponseKind.FollowUpQuestion, Pick(SeedTexts.FollowUpQuestions), at);
                at = at.AddMinutes(LogNormal(Math.Log(40), 0.7));
                @case.Respond(author, ResponseKind.AuthorAnswer, Pick(SeedTexts.Answers), at);
            }
            else if (draw < 0.75)
                @case.Respond(responder, ResponseKind.Advice, Pick(SeedTexts.Advice), at);
            else
                proposals.Add(@case.Respond(responder, ResponseKind.ProposedAction, Pick(SeedTexts.ProposedActions), at));
            at = at.AddMinutes(LogNormal(Math.Log(90), 1.0));
        }
        foreach (var proposal in proposals)
        {
            var voters = new HashSet<Guid>();
            for (var v = _random.Next(0, 9); v > 0; v--)
            {
                var voter = physicians[activity.Next(_random)];
                if (voters.Add(voter.Id))
                    @case.VoteOnAction(voter, proposal.Id, _random.NextDouble() < 0.7, proposal.PostedAt.AddMinutes(5 + v * 7));
            }
        }
        var solvedAt = Max(at, posted.AddMinutes(LogNormal(Math.Log(14 * 60), 0.8)));
        if (_random.NextDouble() < 0.8 && solvedAt < SeedPlan.AsOf)
        {
            var accepted = @case.Responses.LastOrDefault(r => r.Kind is ResponseKind.Advice or ResponseKind.ProposedAction);
            if (accepted is not null && _random.NextDouble() < 0.75)
                @case.AcceptAdvice(author, accepted.Id, solvedAt);
            else
                @case.MarkSolved(author, solvedAt);
        }
    }

    private List<Poll> Polls(List<Physician> physicians)
    {
        var verified = physicians.Where(p => p.IsVerified).ToList();
        var topCountries = verified.GroupBy(p => p.CountryCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(5).Select(g => g.Key).ToList();
        var polls = new List<Poll>(plan.Polls);
        // Weekly, the newest opened four days before "now" and open three days after it.
        var asOf = plan.CurrentPollAt ?? SeedPlan.AsOf;
        for (var i = 0; i < plan.Polls; i++)
        {
            var (question, options) = SeedTexts.Polls[i % SeedTexts.Polls.Length];
            var opens = asOf.AddDays(-7 * (plan.Polls - i) + 3);
            var closes = opens.AddDays(7);
            // Every fourth poll is targeted at one to three of the largest member countries, counting back from the
            // newest, which is open to every member (the poll a demo member votes in).
            var targets = (plan.Polls - 1 - i) % 4 == 2 ? topCountries.Take(1 + _random.Next(Math.Min(3, topCountries.Count))).ToArray() : [];
            var poll = i % 4 == 3 && verified.Count > 0
                ? Poll.ByMember(verified[_random.Next(verified.Count)], question, options, opens, closes, targets, opens.AddDays(-1))
                : Poll.ByCommunityTeam(question, options, opens, closes, targets, opens.AddDays(-1));
            var eligible = verified.Where(p => poll.IsOpenTo(p.CountryCode)).ToArray();
            _random.Shuffle(eligible);
            var preference = new WeightedSampler(poll.Options.Select(_ => 0.2 + _random.NextDouble()).ToArray());
            var votes = Math.Min(eligible.Length, (int)(plan.MaxVotesPerPoll * (0.3 + 0.7 * _random.NextDouble())));
            var votingMinutes = (Min(closes, asOf) - opens).TotalMinutes;
            for (var v = 0; v < votes; v++)
                poll.CastVote(eligible[v], poll.Options[preference.Next(_random)].Id, opens.AddMinutes(votingMinutes * v / votes));
            if (closes <= asOf && _random.NextDouble() < 0.6)
                poll.PublishResults(closes);
            polls.Add(poll);
        }
        return polls;
    }

    private List<DrugRating> Ratings(List<Physician> physicians, WeightedSampler activity, List<Drug> drugs)
    {
        var popularity = new WeightedSampler(WeightedSampler.Zipf(drugs.Count, 0.8, _random));
        // Each drug has its own typical scores per dimension; raters scatter around them.
        var quality = drugs.Select(_ => Enumerable.Range(0, 5).Select(_ => 2.4 + 2.2 * _random.NextDouble()).ToArray()).ToArray();
        var current = new Dictionary<(int Physician, int Drug, Guid Indication), DrugRating>();
        var ratings = new List<DrugRating>(plan.Ratings);
        var start = SeedPlan.AsOf.AddYears(-4);
        var spanMinutes = (SeedPlan.AsOf - start).TotalMinutes;
        for (var i = 0; i < plan.Ratings; i++)
        {
            var raterIndex = activity.Next(_random);
            var drugIndex = popularity.Next(_random);
            var drug = drugs[drugIndex];
            var indication = drug.Indications[_random.NextDouble() < 0.7 ? 0 : _random.Next(drug.Indications.Count)].IndicationId;
            var q = quality[drugIndex];
            var scores = new RatingScores(Score(q[0]), Score(q[1]), Score(q[2]), Score(q[3]), Score(q[4]));
            var comment = _random.NextDouble() < plan.CommentShare ? Pick(SeedTexts.RatingComments) : null;
            // Growing use: more ratings in later years (time grows with the square root of the count).
            var ratedAt = start.AddMinutes(spanMinutes * Math.Sqrt((i + 0.5) / plan.Ratings));
            var key = (raterIndex, drugIndex, indication);
            var rating = DrugRating.Submit(physicians[raterIndex], drug, indication, scores, comment, current.GetValueOrDefault(key), ratedAt);
            current[key] = rating;
            ratings.Add(rating);
        }
        return ratings;
    }

    private int Score(double mean)
    {
        // Box-Muller: a normal draw around the drug's typical score.
        var normal = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
        return Math.Clamp((int)Math.Round(mean + 0.8 * normal), RatingScores.Min, RatingScores.Max);
    }

    private Physician Colleague(List<Physician> physicians, WeightedSampler activity, Physician author)
    {
        while (true)
        {
            var candidate = physicians[activity.Next(_random)];
            if (candidate.Id != author.Id)
                return candidate;
        }
    }

    private double LogNormal(double mu, double sigma) =>
        Math.Exp(mu + sigma * Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble()));

    private Faker Faker(string locale)
    {
        if (!_fakers.TryGetValue(locale, out var faker))
            _fakers[locale] = faker = new Faker(locale) { Random = new Randomizer(_random.Next()) };
        return faker;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static string Ascii(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
            if (char.IsAsciiLetter(c))
                builder.Append(char.ToLowerInvariant(c));
        return builder.Length > 0 ? builder.ToString() : "dr";
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        return builder.ToString().Trim('-') is { Length: > 0 } slug ? slug[..Math.Min(slug.Length, 60)].TrimEnd('-') : "page";
    }

    private static readonly string[] TailCountries = Countries.Codes
        .Where(code => MainCountries.All(c => c.Code != code))
        .Order(StringComparer.Ordinal)
        .Take(127)
        .ToArray();

    private static readonly string[] TailSpecialties = Specialties.All
        .Select(s => s.Code)
        .Where(code => MainSpecialties.All(m => m.Code != code))
        .ToArray();
}
