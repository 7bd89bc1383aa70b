using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Sermo.Api.Data;
using Sermo.Domain.Cases;
using Sermo.Domain.Drugs;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Domain;
using Sermo.Domain.Polls;
using Sermo.Domain.Privacy;
using Sermo.Domain.Ratings;
using Sermo.Seeding;
using Sermo.Tests.Domain;
using Sermo.Tests.TestSupport;

namespace Sermo.Tests.Persistence;

/// <summary>
/// The persistence suite, run once per provider by the subclasses: each test gets a fresh database,
/// migrated through the same registration code and migrator the server uses.
/// </summary>
public abstract class PersistenceTests : IAsyncLifetime
{
    private DbContextOptions<SermoDbContext> _options = null!;

    protected abstract DatabaseProvider Provider { get; }

    /// <summary>Creates a database with the newest schema and returns its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    /// <summary>Creates a second, empty database for the test (dropped with the first) and returns its connection string.</summary>
    protected abstract Task<string> CreateEmptyDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    /// <summary>The names of the indexes the database actually has.</summary>
    protected abstract string IndexNamesSql { get; }

    public async Task InitializeAsync()
    {
        _options = OptionsFor(Provider, await CreateDatabaseAsync());
    }

    internal static DbContextOptions<SermoDbContext> OptionsFor(DatabaseProvider provider, string connectionString) =>
        DatabaseProviderConfiguration.Build(new DatabaseOptions { Provider = provider.ToString(), ConnectionString = connectionString }, AppContext.BaseDirectory);

    /// <summary>Creates the schema the way the server does at start-up.</summary>
    protected static async Task MigrateAsync(DatabaseProvider provider, string connectionString)
    {
        await using var db = new SermoDbContext(OptionsFor(provider, connectionString));
        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
    }

    public async Task DisposeAsync() => await DropDatabaseAsync();

    protected SermoDbContext NewContext() => new(_options);

    private async Task SaveAsync(params object[] entities)
    {
        await using var db = NewContext();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    [PersistenceFact]
    public async Task A_physician_round_trips_with_private_details_kept_apart()
    {
        var (physician, privateDetails) = Physician.Apply(Given.Application(anonymous: true) with { Languages = ["fr", "en"] }, Given.Now);
        physician.RecordCredentialCheck(CredentialStage.Identity, true, "ops", Given.Now);
        physician.RecordCredentialCheck(CredentialStage.Licence, false, "ops", Given.Now.AddHours(1), "Lapsed");
        await SaveAsync(physician, privateDetails);

        await using var db = NewContext();
        var loaded = await db.Physicians.IncludeAggregate().SingleAsync(p => p.Id == physician.Id);
        Assert.Equal((physician.Pseudonym, (string?)null, "US"), (loaded.Pseudonym, loaded.PublicName, loaded.CountryCode));
        Assert.Equal(["fr", "en"], loaded.Languages);
        Assert.Equal(PhysicianStatus.Rejected, loaded.Status);
        Assert.Equal("Lapsed", loaded.CredentialChecks.Single(c => !c.Passed).Note);
        Assert.Equal(DateTimeKind.Utc, loaded.JoinedAt.Kind);
        Assert.Equal(Given.Now, loaded.JoinedAt);
        var details = await db.PhysicianPrivateDetails.SingleAsync(d => d.PhysicianId == physician.Id);
        Assert.Equal(("Okafor", "MD-123456"), (details.FamilyName, details.LicenceNumber));
    }

    [PersistenceFact]
    public async Task The_public_profile_has_no_path_to_private_details()
    {
        await using var db = NewContext();
        var physician = db.Model.FindEntityType(typeof(Physician))!;

        Assert.DoesNotContain(physician.GetNavigations(), n => n.TargetEntityType.ClrType == typeof(PhysicianPrivateDetails));
        Assert.DoesNotContain(physician.GetProperties(), p => p.Name is "Email" or "LicenceNumber" or "GivenName" or "FamilyName");
    }

    [PersistenceFact]
    public async Task Private_details_are_read_by_the_member_and_staff_only()
    {
        var (member, details) = Physician.Apply(Given.Application(anonymous: true), Given.Now);
        var (other, otherDetails) = Physician.Apply(Given.Application(anonymous: true) with { Email = "other.member@example.org", LicenceNumber = "MD-654321" }, Given.Now);
        await SaveAsync(member, details, other, otherDetails);
        var reader = new PrivateDetailsReader(new ContextFactory(NewContext));

        Assert.Equal(details.LicenceNumber, (await reader.ReadAsync(PrivateDetailsCaller.Member(member.Id), member.Id))!.LicenceNumber);
        Assert.Equal(otherDetails.Email, (await reader.ReadAsync(PrivateDetailsCaller.Staff, other.Id))!.Email);
        Assert.Equal(2, (await reader.ReadManyAsync(PrivateDetailsCaller.Staff, [member.Id, other.Id])).Count);

        // Another member is refused the same way for an existing member and for an id that matches nobody.
        var existing = await Assert.ThrowsAsync<DomainRuleException>(() => reader.ReadAsync(PrivateDetailsCaller.Member(member.Id), other.Id));
        var missing = await Assert.ThrowsAsync<DomainRuleException>(() => reader.ReadAsync(PrivateDetailsCaller.Member(member.Id), Guid.NewGuid()));
        Assert.Equal((DomainErrorCodes.PrivateDetailsRefused, existing.Message), (missing.Code, missing.Message));
        Assert.Equal(DomainErrorCodes.PrivateDetailsRefused,
            (await Assert.ThrowsAsync<DomainRuleException>(() => reader.ReadManyAsync(PrivateDetailsCaller.Member(member.Id), [member.Id, other.Id]))).Code);
        Assert.Equal(DomainErrorCodes.PrivateDetailsRefused,
            (await Assert.ThrowsAsync<DomainRuleException>(() => reader.ReadAsync(new PrivateDetailsCaller(null, false), member.Id))).Code);
    }

    private sealed class ContextFactory(Func<SermoDbContext> create) : IDbContextFactory<SermoDbContext>
    {
        public SermoDbContext CreateDbContext() => create();
    }

    [PersistenceFact]
    public async Task An_organisation_with_its_agency_mandates_round_trips()
    {
        var agency = new Agency("Blue Pill Creative", "GB", Given.Now);
        var organisation = Given.Pharma();
        organisation.GrantMandate(agency, Given.Now);
        await SaveAsync(agency, organisation);

        await using var db = NewContext();
        var loaded = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
        Assert.True(loaded.IsRepresentedBy(agency.Id, Given.Now.AddDays(1)));
        Assert.Equal(OrganisationKind.PharmaCompany, loaded.Kind);
    }

    [PersistenceFact]
    public async Task A_page_round_trips_with_revisions_decisions_and_posts_and_stays_workable()
    {
        var team = Given.Team();
        var page = Page.Create(team.Organisation, "cardiva", Given.ReminderAd(logo: team.Logo.Id), team.Images, team.Editor, Given.Now);
        page.SubmitForReview(team.Editor, Given.Now);
        page.RecordDecision(team.Reviewer, 1, ReviewOutcome.Approved, null, Given.Now);
        page.Publish(team.Editor, 1, Given.Now);
        page.DraftPost(new PostContent("Visit our booth", team.Logo.Id, ContentKind.Unbranded, null, null), team.Images, team.Editor, Given.Now);
        page.Revise(Given.ReminderAd("Cardiva XR", team.Logo.Id), team.Images, team.Editor, Given.Now);
        await SaveAsync(team.Agency, team.Organisation, team.Logo, page);

        await using (var db = NewContext())
        {
            var loaded = await db.Pages.IncludeAggregate().SingleAsync(p => p.Slug == "cardiva");
            Assert.Equal((ReviewState.Draft, 2, (int?)1), (loaded.State, loaded.StagingRevision, loaded.LiveRevision));
            Assert.Equal("Cardiva", loaded.Live!.Title);
            Assert.Equal(page.Live!.ContentHash, loaded.Live.ContentHash);
            Assert.Equal("#1A2B3C", loaded.Staging.BrandColour);
            Assert.Equal(team.Logo.Id, loaded.Staging.LogoImageId);
            Assert.Equal(team.Editor, loaded.Staging.EditedBy);
            Assert.Equal(team.Reviewer, loaded.Decisions.Single().Reviewer);
            Assert.Equal(team.Logo.Id, loaded.Posts.Single().ImageId);

            loaded.SubmitForReview(team.Editor, Given.Now.AddDays(1));
            loaded.RecordDecision(team.Reviewer, 2, ReviewOutcome.Approved, null, Given.Now.AddDays(1));
            loaded.Publish(team.Editor, 2, Given.Now.AddDays(1));
            await db.SaveChangesAsync();
        }

        await using var again = NewContext();
        var published = await again.Pages.IncludeAggregate().SingleAsync(p => p.Id == page.Id);
        Assert.Equal(2, published.LiveRevision);
        Assert.Equal(ReviewState.Archived, published.Revisions.Single(r => r.Number == 1).State);
        Assert.Equal(2, published.Decisions.Count);
    }

    [PersistenceFact]
    public async Task The_audit_trail_and_revision_content_cannot_be_changed_or_deleted_through_the_context()
    {
        var team = Given.Team();
        var page = Page.Create(team.Organisation, "audited", Given.ReminderAd(), [], team.Editor, Given.Now);
        page.SubmitForReview(team.Editor, Given.Now);
        page.RecordDecision(team.Reviewer, 1, ReviewOutcome.ChangesRequested, "Logo is outdated", Given.Now);
        await SaveAsync(team.Agency, team.Organisation, page);

        await using (var db = NewContext())
        {
            var decision = await db.Set<ReviewDecision>().SingleAsync(d => d.PageId == page.Id);
            db.Entry(decision).Property(d => d.Reason).CurrentValue = "Looks fine";
            await Assert.ThrowsAsync<AuditTrailViolationException>(() => db.SaveChangesAsync());
        }
        await using (var db = NewContext())
        {
            db.Remove(await db.Set<ReviewDecision>().SingleAsync(d => d.PageId == page.Id));
            await Assert.ThrowsAsync<AuditTrailViolationException>(() => db.SaveChangesAsync());
        }
        await using (var db = NewContext())
        {
            var revision = await db.Set<PageRevision>().SingleAsync(r => r.PageId == page.Id);
            db.Entry(revision).Property(r => r.AboutText).CurrentValue = "Rewritten after review";
            await Assert.ThrowsAsync<AuditTrailViolationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            db.Remove(await db.Set<PageRevision>().SingleAsync(r => r.PageId == page.Id));
            await Assert.ThrowsAsync<AuditTrailViolationException>(() => db.SaveChangesAsync());
        }

        await using var check = NewContext();
        var kept = await check.Set<ReviewDecision>().SingleAsync(d => d.PageId == page.Id);
        Assert.Equal(("Logo is outdated", team.Reviewer), (kept.Reason, kept.Reviewer));
        Assert.Equal(Given.ReminderAd().AboutText, (await check.Set<PageRevision>().SingleAsync(r => r.PageId == page.Id)).AboutText);
    }

    [PersistenceFact]
    public async Task The_database_refuses_to_rewrite_or_delete_the_audit_trail_whatever_the_code_sends()
    {
        var team = Given.Team();
        var page = Page.Create(team.Organisation, "guarded", Given.ReminderAd(logo: team.Logo.Id), team.Images, team.Editor, Given.Now);
        page.SubmitForReview(team.Editor, Given.Now);
        page.RecordDecision(team.Reviewer, 1, ReviewOutcome.Approved, "Fine as shown", Given.Now);
        page.Publish(team.Editor, 1, Given.Now);
        var published = page.DraftPost(new PostContent("Published words", team.Logo.Id, ContentKind.Unbranded, null, null), team.Images, team.Editor, Given.Now);
        page.SubmitPost(published.Id, team.Editor, Given.Now);
        page.RecordPostDecision(team.Reviewer, published.Id, 1, ReviewOutcome.Approved, null, Given.Now);
        page.PublishPost(team.Editor, published.Id, 1, Given.Now);
        var draft = page.DraftPost(Given.Post("Draft words"), [], team.Editor, Given.Now);
        await SaveAsync(team.Agency, team.Organisation, team.Logo, page);
        var (pageId, organisationId, postId) = (page.Id, team.Organisation.Id, published.Id);

        // Each attempt on a context of its own: the context's own check never sees these, the database must refuse them.
        var attempts = new List<(string What, Func<SermoDbContext, Task> Act)>
        {
            ("ExecuteUpdate of a decision", db => db.Set<ReviewDecision>().Where(d => d.PageId == pageId).ExecuteUpdateAsync(u => u.SetProperty(d => d.Reason, "Rewritten"))),
            ("ExecuteDelete of a decision", db => db.Set<ReviewDecision>().Where(d => d.PageId == pageId).ExecuteDeleteAsync()),
            ("raw UPDATE of a decision", db => db.Database.ExecuteSqlRawAsync("UPDATE \"ReviewDecisions\" SET \"Outcome\" = 1")),
            ("raw DELETE of a decision", db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"ReviewDecisions\"")),
            ("ExecuteUpdate of a published revision's content", db => db.Set<PageRevision>().Where(r => r.PageId == pageId).ExecuteUpdateAsync(u => u.SetProperty(r => r.AboutText, "Rewritten"))),
            ("raw UPDATE of a revision's title", db => db.Database.ExecuteSqlRawAsync("UPDATE \"PageRevisions\" SET \"Title\" = 'Rewritten'")),
            ("ExecuteDelete of a revision", db => db.Set<PageRevision>().Where(r => r.PageId == pageId).ExecuteDeleteAsync()),
            ("ExecuteUpdate of a published post's content", db => db.Set<PagePost>().Where(p => p.Id == postId).ExecuteUpdateAsync(u => u.SetProperty(p => p.Body, "Rewritten"))),
            ("ExecuteUpdate of a published post's image", db => db.Set<PagePost>().Where(p => p.Id == postId).ExecuteUpdateAsync(u => u.SetProperty(p => p.ImageId, (Guid?)null))),
            ("raw DELETE of the Page", db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"Pages\"")),
            ("ExecuteDelete of the organisation", db => db.Organisations.Where(o => o.Id == organisationId).ExecuteDeleteAsync()),
        };
        if (Provider == DatabaseProvider.Postgres)
            attempts.Add(("TRUNCATE of the decisions", db => db.Database.ExecuteSqlRawAsync("TRUNCATE \"ReviewDecisions\"")));
        foreach (var (what, act) in attempts)
        {
            await using var db = NewContext();
            var refusal = await Record.ExceptionAsync(() => act(db));
            Assert.True(refusal is DbException, $"{what} was not refused by the database: {refusal?.GetType().Name ?? "no error"}");
        }

        // The workflow still moves: a revision's state and a draft post's content may change.
        await using (var db = NewContext())
        {
            Assert.Equal(1, await db.Set<PageRevision>().Where(r => r.PageId == pageId).ExecuteUpdateAsync(u => u.SetProperty(r => r.SubmittedAt, Given.Now.AddDays(1))));
            Assert.Equal(1, await db.Set<PagePost>().Where(p => p.Id == draft.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.Body, "Draft, edited")));
        }
        await using var check = NewContext();
        var kept = await check.Pages.IncludeAggregate().SingleAsync(p => p.Id == pageId);
        Assert.Equal(2, kept.Decisions.Count);
        Assert.All(kept.Decisions, d => Assert.Equal(ReviewOutcome.Approved, d.Outcome));
        Assert.Equal("Fine as shown", kept.Decisions.Single(d => d.PostId is null).Reason);
        Assert.Equal((Given.ReminderAd().Title, Given.ReminderAd().AboutText, page.Live!.ContentHash), (kept.Live!.Title, kept.Live.AboutText, kept.Live.ContentHash));
        Assert.Equal(("Published words", (Guid?)team.Logo.Id), (kept.Posts.Single(p => p.Id == postId).Body, kept.Posts.Single(p => p.Id == postId).ImageId));
        Assert.True(await check.Organisations.AnyAsync(o => o.Id == organisationId));
    }

    /// <summary>Session-8 attack, finding 5: with foreign keys off, SQLite let a published post be deleted and written
    /// again with other words (only UPDATE was guarded); INSERT OR REPLACE does the same to any trail row without firing a
    /// DELETE trigger at all; PostgreSQL's TRUNCATE skips row triggers.</summary>
    [PersistenceFact]
    public async Task A_published_post_cannot_be_deleted_replaced_or_truncated_to_write_it_again()
    {
        var team = Given.Team();
        var page = Page.Create(team.Organisation, "kept-posts", Given.ReminderAd(), [], team.Editor, Given.Now);
        page.SubmitForReview(team.Editor, Given.Now);
        page.RecordDecision(team.Reviewer, 1, ReviewOutcome.Approved, "Fine as shown", Given.Now);
        page.Publish(team.Editor, 1, Given.Now);
        var published = page.DraftPost(Given.Post("Published words"), [], team.Editor, Given.Now);
        page.SubmitPost(published.Id, team.Editor, Given.Now);
        page.RecordPostDecision(team.Reviewer, published.Id, 1, ReviewOutcome.Approved, null, Given.Now);
        page.PublishPost(team.Editor, published.Id, 1, Given.Now);
        var draft = page.DraftPost(Given.Post("Draft words"), [], team.Editor, Given.Now);
        await SaveAsync(team.Agency, team.Organisation, page);
        var (pageId, postId) = (page.Id, published.Id);

        var attempts = new List<(string What, Func<SermoDbContext, Task> Act)>
        {
            ("ExecuteDelete of the published post", db => db.Set<PagePost>().Where(p => p.Id == postId).ExecuteDeleteAsync()),
            ("raw DELETE of the published posts", db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"PagePosts\" WHERE \"PublishedAt\" IS NOT NULL")),
        };
        if (Provider == DatabaseProvider.Sqlite)
        {
            attempts.Add(("INSERT OR REPLACE of the published post with other words", db => ReplaceAsync(db, typeof(PagePost), "Body", "\"PublishedAt\" IS NOT NULL", keepRowid: false)));
            attempts.Add(("INSERT OR REPLACE onto the published post's rowid", db => ReplaceAsync(db, typeof(PagePost), "Id", "\"PublishedAt\" IS NOT NULL", keepRowid: true)));
            attempts.Add(("INSERT OR REPLACE of a decision with another reason", db => ReplaceAsync(db, typeof(ReviewDecision), "Reason", "\"PostId\" IS NULL", keepRowid: false)));
            attempts.Add(("INSERT OR REPLACE of the revision with other words", db => ReplaceAsync(db, typeof(PageRevision), "AboutText", "1 = 1", keepRowid: false)));
        }
        if (Provider == DatabaseProvider.Postgres)
        {
            attempts.Add(("TRUNCATE of the posts", db => db.Database.ExecuteSqlRawAsync("TRUNCATE \"PagePosts\" CASCADE")));
            attempts.Add(("TRUNCATE of the Pages, cascading", db => db.Database.ExecuteSqlRawAsync("TRUNCATE \"Pages\" CASCADE")));
        }
        foreach (var (what, act) in attempts)
        {
            await using var db = NewContext();
            if (Provider == DatabaseProvider.Sqlite)
            {
                // What an attacker at the file would do first: with foreign keys on, the decision on the post refuses the delete too.
                await db.Database.OpenConnectionAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
            }
            var refusal = await Record.ExceptionAsync(() => act(db));
            Assert.True(refusal is DbException, $"{what} was not refused by the database: {refusal?.GetType().Name ?? "no error"}");
            if (Provider != DatabaseProvider.SqlServer) // SQL Server checks the decision's foreign key before its AFTER trigger.
                Assert.Contains(AuditTrailTriggers.RefusalPrefix, refusal!.Message, StringComparison.Ordinal);
        }

        // A plain INSERT of a taken key is still a key violation to the code that tells races apart (UniqueKeyViolation).
        await using (var db = NewContext())
        {
            var taken = Assert.IsAssignableFrom<DbException>(
                await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("INSERT INTO \"ReviewDecisions\" SELECT * FROM \"ReviewDecisions\"")));
            Assert.True(UniqueKeyViolation.Is(new DbUpdateException("save", taken)), taken.Message);
        }

        // Only published posts are kept: a draft may still be deleted.
        await using (var db = NewContext())
            Assert.Equal(1, await db.Set<PagePost>().Where(p => p.Id == draft.Id).ExecuteDeleteAsync());

        await using var check = NewContext();
        var kept = await check.Pages.IncludeAggregate().SingleAsync(p => p.Id == pageId);
        var post = Assert.Single(kept.Posts);
        Assert.Equal((postId, "Published words", ReviewState.Published), (post.Id, post.Body, post.State));
        Assert.Equal(2, kept.Decisions.Count);
        Assert.Equal("Fine as shown", kept.Decisions.Single(d => d.PostId is null).Reason);
        Assert.Equal(Given.ReminderAd().AboutText, kept.Live!.AboutText);
    }

    /// <summary>SQLite's INSERT OR REPLACE over the rows of <paramref name="entity"/>'s table matching <paramref name="where"/>,
    /// writing <paramref name="rewritten"/> as other text (a new key when it is the key), onto the same rowid or not.</summary>
    private static Task ReplaceAsync(SermoDbContext db, Type entity, string rewritten, string where, bool keepRowid)
    {
        var (table, columns) = TableColumn.For(db.Model.FindEntityType(entity)!);
        var names = columns.Select(c => $"\"{c.Name}\"").ToList();
        var values = columns.Select(c => c.Name == rewritten ? $"'Rewritten' AS \"{c.Name}\"" : $"\"{c.Name}\"").ToList();
        var rowid = keepRowid ? "rowid, " : "";
        // Names from the model and constants of this test: nothing here comes from input.
        var sql = $"INSERT OR REPLACE INTO \"{table}\" ({rowid}{string.Join(", ", names)}) SELECT {rowid}{string.Join(", ", values)} FROM \"{table}\" WHERE {where}";
        return db.Database.ExecuteSqlRawAsync(sql);
    }

    [PersistenceFact]
    public async Task A_case_round_trips_with_patient_details_responses_votes_and_attachments()
    {
        var author = Given.VerifiedPhysician();
        var colleague = Given.VerifiedPhysician();
        var @case = Given.OpenCase(author);
        @case.Attach(author, AttachmentKind.LabReport, "labs.pdf", "application/pdf", 4096, "Renal panel", Given.Now);
        var proposal = @case.Respond(colleague, ResponseKind.ProposedAction, "Add spironolactone 25 mg.", Given.Now.AddMinutes(45));
        @case.VoteOnAction(author, proposal.Id, true, Given.Now.AddHours(1));
        @case.AcceptAdvice(author, proposal.Id, Given.Now.AddHours(20));
        await SaveAsync(author, colleague, @case);

        await using var db = NewContext();
        var loaded = await db.Cases.IncludeAggregate().SingleAsync(c => c.Id == @case.Id);
        Assert.Equal(Given.Patient(), loaded.Patient);
        Assert.Equal((CaseStatus.Solved, proposal.Id), (loaded.Status, loaded.AcceptedResponseId));
        Assert.Equal(TimeSpan.FromMinutes(45), loaded.TimeToFirstResponse);
        Assert.Equal(TimeSpan.FromHours(20), loaded.TimeToSolution);
        Assert.Equal(1, loaded.SupportFor(proposal.Id));
        Assert.Equal("application/pdf", loaded.Attachments.Single().ContentType);
    }

    [PersistenceFact]
    public async Task A_plain_read_loads_no_children_and_an_aggregate_read_loads_them_all()
    {
        var author = Given.VerifiedPhysician();
        var colleague = Given.VerifiedPhysician();
        var @case = Given.OpenCase(author);
        @case.Respond(colleague, ResponseKind.Advice, "Check potassium first.", Given.Now.AddMinutes(5));
        var team = Given.Team();
        var page = Page.Create(team.Organisation, "plain", Given.ReminderAd(), [], team.Editor, Given.Now);
        await SaveAsync(author, colleague, @case, team.Agency, team.Organisation, page);

        await using (var db = NewContext())
        {
            Assert.Empty((await db.Cases.SingleAsync(c => c.Id == @case.Id)).Responses);
            Assert.Empty((await db.Pages.SingleAsync(p => p.Id == page.Id)).Revisions);
            Assert.Empty((await db.Physicians.SingleAsync(p => p.Id == author.Id)).CredentialChecks);
        }
        await using var whole = NewContext();
        Assert.Single((await whole.Cases.IncludeAggregate().SingleAsync(c => c.Id == @case.Id)).Responses);
        Assert.Single((await whole.Pages.IncludeAggregate().SingleAsync(p => p.Id == page.Id)).Revisions);
        Assert.NotEmpty((await whole.Physicians.IncludeAggregate().SingleAsync(p => p.Id == author.Id)).CredentialChecks);
    }

    [PersistenceFact]
    public async Task A_poll_round_trips_with_targeting_tallies_and_votes()
    {
        var voter = Given.VerifiedPhysician("GB");
        var poll = Poll.ByCommunityTeam("Q?", ["A", "B"], Given.Now, Given.Now.AddDays(7), ["GB", "IE"], Given.Now);
        poll.CastVote(voter, poll.Options[1].Id, Given.Now.AddHours(1));
        await SaveAsync(voter, poll);

        await using var db = NewContext();
        var loaded = await db.Polls.Include(p => p.Votes).SingleAsync(p => p.Id == poll.Id);
        Assert.Equal(["GB", "IE"], loaded.TargetCountries);
        Assert.Equal([0, 1], loaded.Options.OrderBy(o => o.Position).Select(o => o.VoteCount));
        Assert.Equal(voter.Id, loaded.Votes.Single().PhysicianId);
    }

    [PersistenceFact]
    public async Task A_second_vote_by_the_same_member_is_refused_by_the_database()
    {
        var voter = Given.VerifiedPhysician();
        var poll = Poll.ByCommunityTeam("Q?", ["A", "B"], Given.Now, Given.Now.AddDays(7), [], Given.Now);
        poll.CastVote(voter, poll.Options[0].Id, Given.Now);
        await SaveAsync(voter, poll);

        // A poll loaded without its votes cannot see the first vote; the key on (poll, member) still can.
        await using var db = NewContext();
        var loaded = await db.Polls.SingleAsync(p => p.Id == poll.Id);
        var member = await db.Physicians.SingleAsync(p => p.Id == voter.Id);
        loaded.CastVote(member, loaded.Options[1].Id, Given.Now.AddHours(1));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [PersistenceFact]
    public async Task Only_one_rating_per_physician_drug_and_indication_is_current_and_earlier_versions_are_kept()
    {
        var organisation = Given.Pharma();
        var drugClass = new DrugClass("HMG-CoA reductase inhibitor", "C10AA");
        var indication = new Indication("Hypercholesterolaemia", "E78.0");
        var drug = new Drug("Cardiva", "examplestatin", organisation, [drugClass], [indication], Given.Now);
        var rater = Given.VerifiedPhysician();
        var first = DrugRating.Submit(rater, drug, indication.Id, new RatingScores(5, 4, 4, 3, 4), "Good", null, Given.Now);
        await SaveAsync(organisation, drugClass, indication, drug, rater, first);

        await using (var db = NewContext())
        {
            var current = await db.DrugRatings.SingleAsync(r => r.PhysicianId == rater.Id && r.IsCurrent);
            var loadedDrug = await db.Drugs.SingleAsync(d => d.Id == drug.Id);
            var loadedRater = await db.Physicians.SingleAsync(p => p.Id == rater.Id);
            db.DrugRatings.Add(DrugRating.Submit(loadedRater, loadedDrug, indication.Id, new RatingScores(2, 2, 2, 2, 2), null, current, Given.Now.AddDays(9)));
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            var versions = await db.DrugRatings.Where(r => r.PhysicianId == rater.Id).OrderBy(r => r.RatingVersion).ToListAsync();
            Assert.Equal([(1, false), (2, true)], versions.Select(v => (v.RatingVersion, v.IsCurrent)));
            Assert.Equal(Given.Now.AddDays(9), versions[0].SupersededAt);
            Assert.Equal(organisation.Id, (await db.Drugs.SingleAsync(d => d.Id == drug.Id)).ManufacturerId);
        }

        // A second "first" rating (one that ignores the current one) cannot become current beside it.
        await using var racing = NewContext();
        var stale = DrugRating.Submit(await racing.Physicians.SingleAsync(p => p.Id == rater.Id), await racing.Drugs.SingleAsync(d => d.Id == drug.Id),
            indication.Id, new RatingScores(3, 3, 3, 3, 3), null, null, Given.Now.AddDays(10));
        racing.DrugRatings.Add(stale);
        var refused = await Assert.ThrowsAnyAsync<DbUpdateException>(() => racing.SaveChangesAsync());
        Assert.True(UniqueKeyViolation.Is(refused), $"Not recognised as a unique key violation: {refused.InnerException?.Message}");
    }

    [PersistenceFact]
    public async Task Rating_summaries_count_current_ratings_per_dimension_and_score_in_one_grouped_query()
    {
        var organisation = Given.Pharma();
        var drugClass = new DrugClass("SGLT2 inhibitor", "A10BK");
        var diabetes = new Indication("Type 2 diabetes mellitus", "E11.9");
        var kidneys = new Indication("Chronic kidney disease", "N18.9");
        var drug = new Drug("Glucora", "exampleflozin", organisation, [drugClass], [diabetes, kidneys], Given.Now);
        var (alice, bob, carol) = (Given.VerifiedPhysician(), Given.VerifiedPhysician(), Given.VerifiedPhysician());
        var aliceFirst = DrugRating.Submit(alice, drug, diabetes.Id, new RatingScores(1, 1, 1, 1, 1), null, null, Given.Now);
        // Alice changes her mind: only her second version counts.
        var aliceNow = DrugRating.Submit(alice, drug, diabetes.Id, new RatingScores(5, 4, 3, 2, 1), null, aliceFirst, Given.Now.AddDays(1));
        var bobs = DrugRating.Submit(bob, drug, diabetes.Id, new RatingScores(4, 4, 3, 2, 2), null, null, Given.Now);
        var carols = DrugRating.Submit(carol, drug, kidneys.Id, new RatingScores(3, 3, 3, 3, 3), null, null, Given.Now);
        await SaveAsync(organisation, drugClass, diabetes, kidneys, drug, alice, bob, carol, aliceFirst, aliceNow, bobs, carols);

        await using var db = NewContext();
        var rows = await db.DrugRatings.AsNoTracking().Where(r => r.DrugId == drug.Id).ScoreCounts().ToListAsync();

        var summary = RatingSummary.Of(drug.Id, diabetes.Id, rows);
        Assert.Equal(2, summary.Ratings);
        Assert.Equal(4.5, summary.Efficacy.Average);
        Assert.Equal([0, 0, 0, 1, 1], ScoreDistribution.Scores.Select(summary.Efficacy.RatingsWith));
        Assert.Equal([0, 2, 0, 0, 0], ScoreDistribution.Scores.Select(summary.Accessibility.RatingsWith));
        Assert.Equal(1.5, summary.Adherence.Average);
        Assert.Equal(1, RatingSummary.Of(drug.Id, kidneys.Id, rows).Ratings);
        // One row per score given: diabetes 2 + 1 + 1 + 1 + 2 (Alice's first version is not counted), kidneys 5.
        Assert.Equal(12, rows.Count);
        Assert.Contains("UNION ALL", db.DrugRatings.Where(r => r.DrugId == drug.Id).ScoreCounts().ToQueryString(), StringComparison.Ordinal);
        Assert.Null(RatingSummary.Of(drug.Id, Guid.NewGuid(), rows).Safety.Average);
    }

    [PersistenceFact]
    public async Task Two_editors_saving_the_same_page_conflict()
    {
        var team = Given.Team();
        var page = Page.Create(team.Organisation, "race", Given.ReminderAd(), [], team.Editor, Given.Now);
        await SaveAsync(team.Agency, team.Organisation, page);

        await using var first = NewContext();
        await using var second = NewContext();
        var mine = await first.Pages.IncludeAggregate().SingleAsync(p => p.Id == page.Id);
        var theirs = await second.Pages.IncludeAggregate().SingleAsync(p => p.Id == page.Id);
        mine.SubmitForReview(team.Editor, Given.Now);
        theirs.Archive(team.Editor, Given.Now);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [PersistenceFact]
    public async Task Advice_claiming_its_case_conflicts_with_the_case_solved_meanwhile()
    {
        var author = Given.VerifiedPhysician();
        var adviser = Given.VerifiedPhysician();
        var @case = Given.OpenCase(author);
        // Its first response is already there, so a further one changes no column of the case itself.
        @case.Respond(adviser, ResponseKind.Advice, "Start with an echocardiogram.", Given.Now);
        await SaveAsync(author, adviser, @case);

        await using var advising = NewContext();
        await using var solving = NewContext();
        var toAdvise = await advising.Cases.SingleAsync(c => c.Id == @case.Id);
        var toSolve = await solving.Cases.SingleAsync(c => c.Id == @case.Id);
        toAdvise.Respond(await advising.Physicians.SingleAsync(p => p.Id == adviser.Id), ResponseKind.Advice, "Then a stress test.", Given.Now.AddMinutes(1));
        ConcurrencyVersion.Claim(advising, toAdvise);
        toSolve.MarkSolved(await solving.Physicians.SingleAsync(p => p.Id == author.Id), Given.Now.AddMinutes(1));
        await solving.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => advising.SaveChangesAsync());
    }

    [PersistenceFact]
    public async Task Two_votes_racing_on_the_same_tally_conflict_instead_of_losing_a_count()
    {
        var alice = Given.VerifiedPhysician();
        var bob = Given.VerifiedPhysician();
        var poll = Poll.ByCommunityTeam("Q?", ["A", "B"], Given.Now, Given.Now.AddDays(7), [], Given.Now);
        await SaveAsync(alice, bob, poll);

        await using var first = NewContext();
        await using var second = NewContext();
        var pollOne = await first.Polls.SingleAsync(p => p.Id == poll.Id);
        var pollTwo = await second.Polls.SingleAsync(p => p.Id == poll.Id);
        pollOne.CastVote(await first.Physicians.SingleAsync(p => p.Id == alice.Id), poll.Options[0].Id, Given.Now);
        pollTwo.CastVote(await second.Physicians.SingleAsync(p => p.Id == bob.Id), poll.Options[0].Id, Given.Now);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = NewContext();
        Assert.Equal(1, (await check.Polls.SingleAsync(p => p.Id == poll.Id)).Options.Single(o => o.Position == 1).VoteCount);
    }

    [PersistenceFact]
    public async Task Every_index_in_the_model_exists_in_the_database()
    {
        await using var db = NewContext();
        var expected = db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Select(i => i.GetDatabaseName()!).ToHashSet();
        var actual = (await db.Database.SqlQueryRaw<string>(IndexNamesSql).ToListAsync()).ToHashSet();

        Assert.Empty(expected.Except(actual));
        Assert.Contains("UX_DrugRatings_CurrentPerRater", actual);
        Assert.Contains("IX_DrugRatings_Report_DrugIndication", actual);
        Assert.Contains("IX_DrugClassMemberships_DrugClassId_DrugId", actual);
    }

    [PersistenceFact]
    public async Task The_database_has_every_migration_and_the_model_no_change_without_one()
    {
        await using var db = NewContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the newest migration: add one (docs/database.md).");
    }

    [PersistenceFact]
    public async Task Servers_starting_together_on_an_empty_database_apply_each_migration_once()
    {
        var connectionString = await CreateEmptyDatabaseAsync();
        var applying = 0;
        async Task StartAsync()
        {
            var options = new DbContextOptionsBuilder<SermoDbContext>(OptionsFor(Provider, connectionString))
                .LogTo(_ => Interlocked.Increment(ref applying), [RelationalEventId.MigrationApplying], LogLevel.Information)
                .Options;
            await using var db = new SermoDbContext(options);
            await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        }

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(StartAsync)));

        await using var check = new SermoDbContext(OptionsFor(Provider, connectionString));
        var migrations = check.Database.GetMigrations().ToList();
        Assert.Equal(migrations.Count, applying);
        Assert.Equal(migrations, await check.Database.GetAppliedMigrationsAsync());
        var indexes = await check.Database.SqlQueryRaw<string>(IndexNamesSql).ToListAsync();
        Assert.Contains("UX_DrugRatings_CurrentPerRater", indexes);
    }

    [PersistenceFact]
    public async Task A_database_made_before_migrations_is_taken_over_with_its_data()
    {
        var options = OptionsFor(Provider, await CreateEmptyDatabaseAsync());
        var initial = await CreateLegacyDatabaseAsync(options, version: 1);
        var member = Given.VerifiedPhysician();
        await using (var db = new SermoDbContext(options))
        {
            db.Add(member);
            await db.SaveChangesAsync();
        }

        MigrationOutcome outcome;
        await using (var db = new SermoDbContext(options))
            outcome = await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);

        Assert.True(outcome.TookOverLegacySchema);
        Assert.DoesNotContain(initial, outcome.Pending);
        await using var check = new SermoDbContext(options);
        Assert.Equal(member.Pseudonym, (await check.Physicians.SingleAsync()).Pseudonym);
        var applied = (await check.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.Equal(initial, applied[0]);
        Assert.Equal(check.Database.GetMigrations(), applied);
        var expectedIndexes = check.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Select(i => i.GetDatabaseName()!);
        Assert.Empty(expectedIndexes.Except(await check.Database.SqlQueryRaw<string>(IndexNamesSql).ToListAsync()));
        await Assert.ThrowsAnyAsync<DbException>(() => check.Database.ExecuteSqlRawAsync("SELECT COUNT(*) FROM \"SchemaVersions\""));
    }

    [PersistenceFact]
    public async Task A_database_at_a_schema_version_other_than_the_baseline_is_refused_clearly()
    {
        var options = OptionsFor(Provider, await CreateEmptyDatabaseAsync());
        await CreateLegacyDatabaseAsync(options, version: 2);

        await using var db = new SermoDbContext(options);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseMigrator.MigrateAsync(db, CancellationToken.None));

        Assert.Contains("schema version 2", error.Message);
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }

    /// <summary>
    /// A database as the code before migrations left it: the tables of the initial migration without the
    /// migrations history, and a <c>SchemaVersions</c> table recording <paramref name="version"/>.
    /// Returns the initial migration's id.
    /// </summary>
    private static async Task<string> CreateLegacyDatabaseAsync(DbContextOptions<SermoDbContext> options, int version)
    {
        await using var db = new SermoDbContext(options);
        var initial = db.Database.GetMigrations().First();
        await db.GetService<IMigrator>().MigrateAsync(initial);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"");
        await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS \"__EFMigrationsLock\"");
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE \"SchemaVersions\" (\"Version\" integer NOT NULL PRIMARY KEY, \"Description\" varchar(500) NOT NULL, \"AppliedAt\" varchar(40) NOT NULL)");
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"SchemaVersions\" VALUES ({version}, 'Created from the model', '2026-11-01T00:00:00Z')");
        return initial;
    }

    [PersistenceFact]
    public async Task The_demo_seed_bulk_loads_and_reads_back_through_the_model()
    {
        await using var db = NewContext();
        var report = await DatabaseSeeder.SeedAsync(db, SeedPlan.Demo, SeedSize.Demo, blobs: null);

        await using var check = NewContext();
        Assert.Equal(report.Tables.Single(t => t.Table == "DrugRatings").Rows, await check.DrugRatings.CountAsync());
        Assert.Equal(SeedPlan.Demo.Physicians, await check.Physicians.CountAsync());
        var published = await check.Pages.IncludeAggregate().Where(p => p.LiveRevision != null).ToListAsync();
        Assert.All(published, p => Assert.NotNull(p.Live));
        var solved = await check.Cases.IncludeAggregate().FirstAsync(c => c.AcceptedResponseId != null);
        Assert.Contains(solved.Responses, r => r.Id == solved.AcceptedResponseId);
        var ratingsPerCurrentKey = await check.DrugRatings.Where(r => r.IsCurrent)
            .GroupBy(r => new { r.PhysicianId, r.DrugId, r.IndicationId }).Select(g => g.Count()).MaxAsync();
        Assert.Equal(1, ratingsPerCurrentKey);
        var poll = await check.Polls.Include(p => p.Votes).FirstAsync(p => p.Votes.Count > 0);
        Assert.Equal(poll.Votes.Count, poll.TotalVotes);
    }
}
