using Microsoft.EntityFrameworkCore;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>Fixed, deterministic data (no random source): 200 members, 1,000 cases, 3 pieces of advice per case.
/// Cases are spread over five specialties and posted two to an hour, so the sort key has ties the primary key
/// breaks.</summary>
public static class ClinicSeed
{
    public const int MemberCount = 200;
    public const int CaseCount = 1_000;
    public const int AdvicePerCase = 3;

    public static readonly string[] Specialties = ["cardiology", "oncology", "neurology", "paediatrics", "dermatology"];

    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task SeedAsync(ClinicContext db)
    {
        await db.Database.EnsureCreatedAsync();
        db.Members.AddRange(Enumerable.Range(1, MemberCount).Select(id => new Member
        {
            Id = id,
            Pseudonym = $"Dr {Names[id % Names.Length]} {id:000}",
            Specialty = Specialties[id % Specialties.Length],
            Email = $"member{id}@example.org",
        }));
        db.Cases.AddRange(Enumerable.Range(1, CaseCount).Select(id => new Case
        {
            Id = id,
            AuthorId = (id * 7) % MemberCount + 1,
            Title = $"Case {id}: {Topics[id % Topics.Length]}",
            Specialty = Specialties[id % Specialties.Length],
            PostedAt = Start.AddHours(id / 2),
        }));
        db.Advice.AddRange(Enumerable.Range(1, CaseCount * AdvicePerCase).Select(id => new Advice
        {
            Id = id,
            CaseId = (id - 1) / AdvicePerCase + 1,
            Body = $"Advice {id}: {Topics[(id * 3) % Topics.Length]} first, then review in two weeks.",
            HelpfulVotes = id * 13 % 50,
        }));
        await db.SaveChangesAsync();
    }

    private static readonly string[] Names = ["Owl", "Heron", "Lynx", "Otter", "Wren", "Badger", "Falcon"];

    private static readonly string[] Topics =
        ["persistent cough", "atypical chest pain", "rash after travel", "recurrent headache", "unexplained fatigue", "elevated troponin"];
}
