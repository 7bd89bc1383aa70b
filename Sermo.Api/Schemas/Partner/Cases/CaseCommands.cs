using Microsoft.EntityFrameworkCore;
using Sermo.Api.Data;
using Sermo.Api.Events;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain;
using Sermo.Domain.Cases;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>The case mutations: each loads what the case's rule reads (tracked), lets the entity decide, saves once,
/// then publishes the change's events. The acting member is checked first, so a member outside the community is
/// refused before any case is looked up and learns nothing about it.</summary>
public sealed class CaseCommands(IDbContextFactory<SermoDbContext> contexts, GlobalIdCodec ids, TimeProvider clock, IEventBus bus)
{
    private static readonly InputFields PostFields = new(
        ("Specialty", "specialty"), ("Title", "title"), ("Question", "question"),
        ("History", "patient.history"), ("Findings", "patient.findings"));

    private static readonly InputFields ResponseFields = new(("Response", "body"));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Payload<Case>> PostAsync(PostCaseInput input, Caller caller, CancellationToken cancellationToken) =>
        await MutationConventions.RunAsync(PostFields, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var author = await ActingMemberAsync(db, caller, "post cases", cancellationToken);
            var @case = Case.Post(author, input.Specialty, input.Title, input.Question, input.Patient.ToDetails(), Now);
            db.Cases.Add(@case);
            await db.SaveChangesAsync(cancellationToken);
            return @case;
        });

    public Task<Payload<CaseResponse>> AskFollowUpAsync(AskFollowUpInput input, Caller caller, CancellationToken cancellationToken) =>
        RespondAsync(input.CaseId, ResponseKind.FollowUpQuestion, input.Body, caller, cancellationToken);

    public Task<Payload<CaseResponse>> AnswerFollowUpAsync(AnswerFollowUpInput input, Caller caller, CancellationToken cancellationToken) =>
        RespondAsync(input.CaseId, ResponseKind.AuthorAnswer, input.Body, caller, cancellationToken);

    public Task<Payload<CaseResponse>> GiveAdviceAsync(GiveAdviceInput input, Caller caller, CancellationToken cancellationToken) =>
        RespondAsync(input.CaseId, ResponseKind.Advice, input.Body, caller, cancellationToken);

    public Task<Payload<CaseResponse>> ProposeActionAsync(ProposeActionInput input, Caller caller, CancellationToken cancellationToken) =>
        RespondAsync(input.CaseId, ResponseKind.ProposedAction, input.Body, caller, cancellationToken);

    public Task<Payload<CaseResponse>> VoteOnActionAsync(VoteOnActionInput input, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(ResponseKey(input.ResponseId), ResponseNotFound, InputFields.None, caller, "vote on proposed actions",
            // The rule reads the proposal and this member's vote on it; the other votes stay in the database.
            (cases, responseId, voter) => cases
                .Include(c => c.Responses.Where(r => r.Id == responseId))
                .Include(c => c.Votes.Where(v => v.ResponseId == responseId && v.PhysicianId == voter.Id))
                .SingleOrDefaultAsync(c => c.Responses.Any(r => r.Id == responseId), cancellationToken),
            async (db, @case, responseId, voter, events) =>
            {
                var vote = @case.VoteOnAction(voter, responseId, input.Vote == ActionVote.Support, Now);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException duplicate) when (UniqueKeyViolation.Is(duplicate))
                {
                    // A simultaneous vote of the same member passed the check first; the key is the final word.
                    throw new DomainRuleException(DomainErrorCodes.AlreadyVoted, "This member has already voted on that proposed action.");
                }
                events.Activity(new CaseActivity(@case.Id, CaseActivityKind.VoteCountsChanged, responseId, vote.CastAt));
                return @case.Responses.Single(r => r.Id == responseId);
            }, cancellationToken);

    public Task<Payload<Case>> AcceptAdviceAsync(AcceptAdviceInput input, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(ResponseKey(input.ResponseId), ResponseNotFound, InputFields.None, caller, "accept advice",
            (cases, responseId, _) => cases
                .Include(c => c.Responses.Where(r => r.Id == responseId))
                .SingleOrDefaultAsync(c => c.Responses.Any(r => r.Id == responseId), cancellationToken),
            async (db, @case, responseId, author, events) =>
            {
                @case.AcceptAdvice(author, responseId, Now);
                await db.SaveChangesAsync(cancellationToken);
                var solvedAt = @case.SolvedAt!.Value;
                events.Activity(new CaseActivity(@case.Id, CaseActivityKind.Solved, responseId, solvedAt));
                events.Notify([@case.Responses.Single(r => r.Id == responseId).AuthorId], author.Id,
                    new CaseNotification(@case.Id, CaseNotificationKind.AdviceAccepted, responseId, solvedAt));
                return @case;
            }, cancellationToken);

    public Task<Payload<Case>> MarkSolvedAsync(MarkSolvedInput input, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(CaseKey(input.CaseId), CaseNotFound, InputFields.None, caller, "mark the case solved",
            (cases, caseId, _) => cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken),
            async (db, @case, _, author, events) =>
            {
                @case.MarkSolved(author, Now);
                await db.SaveChangesAsync(cancellationToken);
                events.Activity(new CaseActivity(@case.Id, CaseActivityKind.Solved, null, @case.SolvedAt!.Value));
                return @case;
            }, cancellationToken);

    private Task<Payload<CaseResponse>> RespondAsync(string caseId, ResponseKind kind, string body, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(CaseKey(caseId), CaseNotFound, ResponseFields, caller, "respond to cases",
            // Responding reads no other response: the case row alone (its first-response time) is loaded.
            (cases, id, _) => cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken),
            async (db, @case, _, responder, events) =>
            {
                var response = @case.Respond(responder, kind, body, Now);
                // Read before the save: once it commits, a cancelled request must not stop the events going out.
                var recipients = await RecipientsAsync(db, @case, kind, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                var (activity, notification) = EventKindsOf(kind);
                events.Activity(new CaseActivity(@case.Id, activity, response.Id, response.PostedAt));
                events.Notify(recipients, responder.Id, new CaseNotification(@case.Id, notification, response.Id, response.PostedAt));
                return response;
            }, cancellationToken);

    /// <summary>One change of an existing case: the acting member first (refused before the id is decoded or any case looked up), then
    /// the case <paramref name="find"/> loads by <paramref name="key"/> (an id that names nothing is
    /// <paramref name="whenMissing"/>), then <paramref name="change"/>, which lets the entity decide, saves and records
    /// the events; they are published only once it has returned.</summary>
    private async Task<Payload<T>> ChangeAsync<T>(
        Guid? key, Func<MutationError> whenMissing, InputFields fields, Caller caller, string action,
        Func<IQueryable<Case>, Guid, Physician, Task<Case?>> find,
        Func<SermoDbContext, Case, Guid, Physician, CaseEvents, Task<T>> change,
        CancellationToken cancellationToken)
        where T : class
    {
        var events = new CaseEvents();
        var payload = await MutationConventions.RunAsync(fields, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var member = await ActingMemberAsync(db, caller, action, cancellationToken);
            // An id that decodes to nothing is refused only now, after the member's standing, like one that names nothing.
            if (key is not { } id)
                return null;
            if (await find(db.Cases, id, member) is not { } @case)
                return null;
            // Every change of a case, even one that only adds a response or a vote, checks the case's version: advice
            // racing a solve is refused as a concurrent change rather than stored on a solved case.
            ConcurrencyVersion.Claim(db, @case);
            return await change(db, @case, id, member, events);
        }, whenMissing);
        await events.PublishAsync(bus);
        return payload;
    }

    private Guid? CaseKey(string id) => ids.TryDecode<Guid>(id, "Case", out var key) ? key : null;

    private Guid? ResponseKey(string id) => ids.TryDecode<Guid>(id, "CaseResponse", out var key) ? key : null;

    private static (CaseActivityKind Activity, CaseNotificationKind Notification) EventKindsOf(ResponseKind kind) => kind switch
    {
        ResponseKind.FollowUpQuestion => (CaseActivityKind.FollowUpAsked, CaseNotificationKind.FollowUpAsked),
        ResponseKind.AuthorAnswer => (CaseActivityKind.FollowUpAnswered, CaseNotificationKind.FollowUpAnswered),
        ResponseKind.Advice => (CaseActivityKind.AdviceGiven, CaseNotificationKind.AdviceGiven),
        ResponseKind.ProposedAction => (CaseActivityKind.ActionProposed, CaseNotificationKind.ActionProposed),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of response."),
    };

    /// <summary>Who hears of a new response: the case's author, or, for the author's answer, the colleagues who asked.</summary>
    private static async Task<IReadOnlyList<Guid>> RecipientsAsync(SermoDbContext db, Case @case, ResponseKind kind, CancellationToken cancellationToken) =>
        kind == ResponseKind.AuthorAnswer
            ? await db.Set<CaseResponse>().AsNoTracking()
                .Where(r => r.CaseId == @case.Id && r.Kind == ResponseKind.FollowUpQuestion)
                .Select(r => r.AuthorId).Distinct().ToListAsync(cancellationToken)
            : [@case.AuthorId];

    /// <summary>The member the token acts for, who must be verified before anything else is read.</summary>
    private static async Task<Physician> ActingMemberAsync(SermoDbContext db, Caller caller, string action, CancellationToken cancellationToken)
    {
        var member = caller.PhysicianId is { } id
            ? await db.Physicians.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : null;
        if (member is null)
            throw new DomainRuleException(DomainErrorCodes.PhysicianNotVerified, $"Only verified physicians can {action}; the token acts for no member.");
        member.EnsureVerified(action);
        return member;
    }

    private static MutationError CaseNotFound() => MutationConventions.NotFound("caseId", "case");

    private static MutationError ResponseNotFound() => MutationConventions.NotFound("responseId", "response");
}
