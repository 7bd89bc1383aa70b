namespace Sermo.Domain.Cases;

/// <summary>A follow-up question, an answer, advice or a proposed course of action on a case.</summary>
public sealed class CaseResponse
{
    private CaseResponse() { }

    internal CaseResponse(Guid caseId, Guid authorId, ResponseKind kind, string body, DateTime postedAt)
    {
        Id = EntityIds.Next();
        CaseId = caseId;
        AuthorId = authorId;
        Kind = kind;
        Body = body;
        PostedAt = postedAt;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid AuthorId { get; private set; }
    public ResponseKind Kind { get; private set; }
    public string Body { get; private set; } = "";
    public DateTime PostedAt { get; private set; }
}
