using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;

namespace Sermo.Domain.Cases;

/// <summary>
/// A crowdsourced consult: a verified member describes a de-identified patient and asks for next steps;
/// colleagues ask, advise, propose actions and vote; the author accepts advice or marks the case solved.
/// All free text passes the <see cref="PatientIdentifierGuard"/>.
/// </summary>
public sealed class Case
{
    private readonly List<CaseResponse> _responses = [];
    private readonly List<CaseActionVote> _votes = [];
    private readonly List<CaseAttachment> _attachments = [];

    private Case() { }

    public Guid Id { get; private set; }
    public Guid AuthorId { get; private set; }
    public string SpecialtyCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Question { get; private set; } = "";
    public PatientDetails Patient { get; private set; } = null!;
    public CaseStatus Status { get; private set; }
    public DateTime PostedAt { get; private set; }
    public DateTime? FirstResponseAt { get; private set; }
    public DateTime? SolvedAt { get; private set; }
    public Guid? AcceptedResponseId { get; private set; }
    public IReadOnlyList<CaseResponse> Responses => _responses;
    public IReadOnlyList<CaseActionVote> Votes => _votes;
    public IReadOnlyList<CaseAttachment> Attachments => _attachments;

    /// <summary>From posting to the first colleague's response (the author's own answers do not count).</summary>
    public TimeSpan? TimeToFirstResponse => FirstResponseAt - PostedAt;
    public TimeSpan? TimeToSolution => SolvedAt - PostedAt;

    public static Case Post(Physician author, string specialtyCode, string title, string question, PatientDetails patient, DateTime now)
    {
        author.EnsureVerified("post cases");
        var checkedTitle = Guard.Text(title, "Title", 200);
        var checkedQuestion = Guard.Text(question, "Question", 5_000);
        PatientIdentifierGuard.EnsureNone(
            ("Title", checkedTitle), ("Question", checkedQuestion), ("History", patient.History), ("Findings", patient.Findings));
        return new Case
        {
            Id = EntityIds.Next(),
            AuthorId = author.Id,
            SpecialtyCode = Specialties.Require(specialtyCode),
            Title = checkedTitle,
            Question = checkedQuestion,
            Patient = patient,
            Status = CaseStatus.Open,
            PostedAt = Guard.Utc(now, "now"),
        };
    }

    public CaseAttachment Attach(Physician author, AttachmentKind kind, string fileName, string contentType, long sizeBytes, string? description, DateTime now)
    {
        EnsureAuthor(author, "attach files");
        EnsureOpen();
        PatientIdentifierGuard.EnsureNone(("File name", fileName), ("Attachment description", description));
        var attachment = new CaseAttachment(Id, kind, fileName, contentType, sizeBytes, description, Guard.Utc(now, "now"));
        _attachments.Add(attachment);
        return attachment;
    }

    public CaseResponse Respond(Physician responder, ResponseKind kind, string body, DateTime now)
    {
        responder.EnsureVerified("respond to cases");
        EnsureOpen();
        if (!Enum.IsDefined(kind))
            throw Guard.Invalid($"Unknown response kind {kind}.");
        var isAuthor = responder.Id == AuthorId;
        if (kind == ResponseKind.AuthorAnswer && !isAuthor)
            throw new DomainRuleException(DomainErrorCodes.NotCaseAuthor, "Only the case's author answers follow-up questions.");
        if (kind is ResponseKind.FollowUpQuestion or ResponseKind.Advice && isAuthor)
            throw Guard.Invalid("The author answers, or proposes an action; questions and advice come from colleagues.");
        var text = Guard.Text(body, "Response", 10_000);
        PatientIdentifierGuard.EnsureNone(("Response", text));
        var response = new CaseResponse(Id, responder.Id, kind, text, Guard.Utc(now, "now"));
        _responses.Add(response);
        if (!isAuthor && FirstResponseAt is null)
            FirstResponseAt = now;
        return response;
    }

    public CaseActionVote VoteOnAction(Physician voter, Guid responseId, bool supports, DateTime now)
    {
        voter.EnsureVerified("vote on proposed actions");
        EnsureOpen();
        var response = Response(responseId);
        if (response.Kind != ResponseKind.ProposedAction)
            throw new DomainRuleException(DomainErrorCodes.NotAProposedAction, "Only a proposed course of action can be voted on.");
        if (_votes.Any(v => v.ResponseId == responseId && v.PhysicianId == voter.Id))
            throw new DomainRuleException(DomainErrorCodes.AlreadyVoted, "This member has already voted on that proposed action.");
        var vote = new CaseActionVote(Id, responseId, voter.Id, supports, Guard.Utc(now, "now"));
        _votes.Add(vote);
        return vote;
    }

    /// <summary>The author accepts a colleague's advice or a proposed action, which solves the case.</summary>
    public void AcceptAdvice(Physician author, Guid responseId, DateTime now)
    {
        EnsureAuthor(author, "accept advice");
        EnsureOpen();
        var response = Response(responseId);
        if (response.Kind is not (ResponseKind.Advice or ResponseKind.ProposedAction))
            throw Guard.Invalid("Only advice or a proposed action can be accepted.");
        AcceptedResponseId = response.Id;
        Solve(now);
    }

    public void MarkSolved(Physician author, DateTime now)
    {
        EnsureAuthor(author, "mark the case solved");
        EnsureOpen();
        Solve(now);
    }

    public int SupportFor(Guid responseId) => _votes.Count(v => v.ResponseId == responseId && v.Supports);
    public int OppositionTo(Guid responseId) => _votes.Count(v => v.ResponseId == responseId && !v.Supports);

    private void Solve(DateTime now)
    {
        Status = CaseStatus.Solved;
        SolvedAt = Guard.Utc(now, "now");
    }

    /// <summary>The author's own actions need a member in good standing too: a suspended author can no longer
    /// attach, accept or solve.</summary>
    private void EnsureAuthor(Physician physician, string action)
    {
        if (physician.Id != AuthorId)
            throw new DomainRuleException(DomainErrorCodes.NotCaseAuthor, $"Only the case's author can {action}.");
        physician.EnsureVerified(action);
    }

    private void EnsureOpen()
    {
        if (Status == CaseStatus.Solved)
            throw new DomainRuleException(DomainErrorCodes.CaseSolved, "The case is solved and takes no more responses or votes.");
    }

    private CaseResponse Response(Guid responseId) =>
        _responses.FirstOrDefault(r => r.Id == responseId) ?? throw Guard.Invalid($"Response {responseId} is not on this case.");
}
