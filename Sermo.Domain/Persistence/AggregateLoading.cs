using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Cases;
using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;

namespace Sermo.Domain.Persistence;

/// <summary>Loads an aggregate whole, for a command whose rules read its children. Reads never load children
/// they were not asked for (no auto-include on these unbounded lists): a list of cases is one query of cases,
/// and a resolver loads responses only when a query selects them.</summary>
public static class AggregateLoading
{
    /// <summary>A case with its responses, votes and attachments (answering, voting, accepting and solving read them).</summary>
    public static IQueryable<Case> IncludeAggregate(this IQueryable<Case> cases) =>
        cases.Include(c => c.Responses).Include(c => c.Votes).Include(c => c.Attachments).AsSplitQuery();

    /// <summary>A Page with its revisions, review decisions and posts (the workflow and the live content read them).</summary>
    public static IQueryable<Page> IncludeAggregate(this IQueryable<Page> pages) =>
        pages.Include(p => p.Revisions).Include(p => p.Decisions).Include(p => p.Posts).AsSplitQuery();

    /// <summary>A physician with the credential checks that decide the next verification stage.</summary>
    public static IQueryable<Physician> IncludeAggregate(this IQueryable<Physician> physicians) =>
        physicians.Include(p => p.CredentialChecks);
}
