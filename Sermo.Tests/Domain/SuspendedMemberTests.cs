using Sermo.Domain;
using Sermo.Domain.Cases;
using Sermo.Domain.Physicians;
using Sermo.Domain.Polls;
using Sermo.Domain.Ratings;

namespace Sermo.Tests.Domain;

/// <summary>A suspended member takes part in nothing: every community action refuses them with the same code,
/// including the actions on their own case that once only checked authorship.</summary>
public sealed class SuspendedMemberTests
{
    private static Physician Suspended(Physician member)
    {
        member.Suspend();
        return member;
    }

    public static TheoryData<string> Actions =>
    [
        "post a case", "respond", "vote on a proposed action", "attach a file to their case",
        "accept advice on their case", "mark their case solved", "write a poll", "vote in a poll", "rate a drug",
    ];

    [Theory]
    [MemberData(nameof(Actions))]
    public void A_suspended_member_is_refused(string action)
    {
        var author = Given.VerifiedPhysician();
        var colleague = Given.VerifiedPhysician();
        var @case = Given.OpenCase(author);
        var advice = @case.Respond(colleague, ResponseKind.Advice, "Add spironolactone.", Given.Now);
        var proposal = @case.Respond(colleague, ResponseKind.ProposedAction, "Renal denervation referral.", Given.Now);
        var poll = Poll.ByCommunityTeam("Will GLP-1 agonists change your practice?", ["Yes", "No"], Given.Now, Given.Now.AddDays(7), [], Given.Now);
        var (drug, indication) = Given.DrugWithIndication();

        Action attempt = action switch
        {
            "post a case" => () => Given.OpenCase(Suspended(Given.VerifiedPhysician())),
            "respond" => () => @case.Respond(Suspended(Given.VerifiedPhysician()), ResponseKind.Advice, "Try a beta blocker.", Given.Now),
            "vote on a proposed action" => () => @case.VoteOnAction(Suspended(Given.VerifiedPhysician()), proposal.Id, true, Given.Now),
            "attach a file to their case" => () => @case.Attach(Suspended(author), AttachmentKind.Image, "ecg.png", "image/png", 1024, null, Given.Now),
            "accept advice on their case" => () => @case.AcceptAdvice(Suspended(author), advice.Id, Given.Now),
            "mark their case solved" => () => @case.MarkSolved(Suspended(author), Given.Now),
            "write a poll" => () => Poll.ByMember(Suspended(Given.VerifiedPhysician()), "Question?", ["A", "B"], Given.Now, Given.Now.AddDays(1), [], Given.Now),
            "vote in a poll" => () => poll.CastVote(Suspended(Given.VerifiedPhysician()), poll.Options[0].Id, Given.Now),
            "rate a drug" => () => DrugRating.Submit(Suspended(Given.VerifiedPhysician()), drug, indication.Id, new RatingScores(4, 4, 4, 4, 4), null, null, Given.Now),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

        Assert.Equal(DomainErrorCodes.PhysicianNotVerified, Assert.Throws<DomainRuleException>(attempt).Code);
        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Null(@case.AcceptedResponseId);
    }
}
