using Sermo.Domain;
using Sermo.Domain.Cases;
using Sermo.Domain.Privacy;

namespace Sermo.Tests.Domain;

public class CaseTests
{
    [Fact]
    public void An_unverified_physician_cannot_post_or_respond()
    {
        var applicant = Given.Applicant();
        var error = Assert.Throws<DomainRuleException>(() => Given.OpenCase(applicant));
        Assert.Equal(DomainErrorCodes.PhysicianNotVerified, error.Code);

        var @case = Given.OpenCase(Given.VerifiedPhysician());
        Assert.Throws<DomainRuleException>(() => @case.Respond(applicant, ResponseKind.Advice, "Add spironolactone.", Given.Now));
    }

    [Fact]
    public void Time_to_first_response_counts_colleagues_not_the_author()
    {
        var author = Given.VerifiedPhysician();
        var @case = Given.OpenCase(author);
        var colleague = Given.VerifiedPhysician();

        @case.Respond(author, ResponseKind.ProposedAction, "Start spironolactone 25 mg.", Given.Now.AddMinutes(10));
        @case.Respond(colleague, ResponseKind.FollowUpQuestion, "Is she adherent?", Given.Now.AddMinutes(50));
        @case.Respond(author, ResponseKind.AuthorAnswer, "Yes, pill counts are fine.", Given.Now.AddMinutes(70));

        Assert.Equal(TimeSpan.FromMinutes(50), @case.TimeToFirstResponse);
        Assert.Null(@case.TimeToSolution);
    }

    [Fact]
    public void Questions_and_advice_come_from_colleagues_and_answers_from_the_author()
    {
        var author = Given.VerifiedPhysician();
        var @case = Given.OpenCase(author);

        Assert.Throws<DomainRuleException>(() => @case.Respond(author, ResponseKind.Advice, "My own advice", Given.Now));
        var error = Assert.Throws<DomainRuleException>(() => @case.Respond(Given.VerifiedPhysician(), ResponseKind.AuthorAnswer, "Answer", Given.Now));
        Assert.Equal(DomainErrorCodes.NotCaseAuthor, error.Code);
    }

    [Fact]
    public void Members_vote_once_on_a_proposed_action_only()
    {
        var @case = Given.OpenCase(Given.VerifiedPhysician());
        var proposer = Given.VerifiedPhysician();
        var voter = Given.VerifiedPhysician();
        var proposal = @case.Respond(proposer, ResponseKind.ProposedAction, "Renal denervation referral.", Given.Now);
        var advice = @case.Respond(proposer, ResponseKind.Advice, "Check aldosterone/renin ratio.", Given.Now);

        @case.VoteOnAction(voter, proposal.Id, supports: true, Given.Now);
        @case.VoteOnAction(proposer, proposal.Id, supports: false, Given.Now);

        Assert.Equal(DomainErrorCodes.AlreadyVoted, Assert.Throws<DomainRuleException>(() => @case.VoteOnAction(voter, proposal.Id, false, Given.Now)).Code);
        Assert.Equal(DomainErrorCodes.NotAProposedAction, Assert.Throws<DomainRuleException>(() => @case.VoteOnAction(voter, advice.Id, true, Given.Now)).Code);
        Assert.Equal((1, 1), (@case.SupportFor(proposal.Id), @case.OppositionTo(proposal.Id)));
    }

    [Fact]
    public void Accepting_advice_solves_the_case_and_closes_it_to_responses()
    {
        var author = Given.VerifiedPhysician();
        var @case = Given.OpenCase(author);
        var advice = @case.Respond(Given.VerifiedPhysician(), ResponseKind.Advice, "Screen for primary aldosteronism.", Given.Now.AddHours(1));

        Assert.Throws<DomainRuleException>(() => @case.AcceptAdvice(Given.VerifiedPhysician(), advice.Id, Given.Now));
        @case.AcceptAdvice(author, advice.Id, Given.Now.AddHours(20));

        Assert.Equal(CaseStatus.Solved, @case.Status);
        Assert.Equal(advice.Id, @case.AcceptedResponseId);
        Assert.Equal(TimeSpan.FromHours(20), @case.TimeToSolution);
        var error = Assert.Throws<DomainRuleException>(() => @case.Respond(Given.VerifiedPhysician(), ResponseKind.Advice, "Late", Given.Now));
        Assert.Equal(DomainErrorCodes.CaseSolved, error.Code);
    }

    [Fact]
    public void Case_text_with_identifiers_is_refused_naming_the_field_and_kind()
    {
        var patient = new PatientDetails(AgeBand.Over89, PatientSex.Male, "Seen on 03/14/2025 at clinic.", "MRN 00123456; otherwise normal.");

        var error = Assert.Throws<PatientIdentifierException>(() =>
            Case.Post(Given.VerifiedPhysician(), "geriatric-medicine", "Falls", "Why does he keep falling?", patient, Given.Now));

        Assert.Equal(DomainErrorCodes.PatientIdentifierFound, error.Code);
        Assert.Contains(error.Findings, f => f is { Field: "History", Kind: PatientIdentifierKind.ExactDate });
        Assert.Contains(error.Findings, f => f is { Field: "Findings", Kind: PatientIdentifierKind.MedicalRecordNumber });
        Assert.Contains("History: an exact date", error.Message);
        Assert.DoesNotContain("00123456", error.Message);
    }

    [Fact]
    public void Responses_and_attachments_pass_the_identifier_guard_too()
    {
        var author = Given.VerifiedPhysician();
        var @case = Given.OpenCase(author);

        Assert.Throws<PatientIdentifierException>(() => @case.Respond(Given.VerifiedPhysician(), ResponseKind.Advice, "Call the family on 555-201-3344.", Given.Now));
        Assert.Throws<PatientIdentifierException>(() => @case.Attach(author, AttachmentKind.Image, "scan.png", "image/png", 2048, "From 12 Harbour Street", Given.Now));

        var attachment = @case.Attach(author, AttachmentKind.Image, "chest-xray.png", "image/png", 2048, "PA view", Given.Now);
        Assert.StartsWith($"cases/{@case.Id:N}/", attachment.StorageKey);
    }

    [Fact]
    public void Attachments_are_limited_in_type_and_size_and_only_the_author_attaches()
    {
        var author = Given.VerifiedPhysician();
        var @case = Given.OpenCase(author);

        Assert.Throws<DomainRuleException>(() => @case.Attach(author, AttachmentKind.Document, "notes.exe", "application/x-msdownload", 10, null, Given.Now));
        Assert.Throws<DomainRuleException>(() => @case.Attach(author, AttachmentKind.Image, "big.png", "image/png", CaseAttachment.MaxSizeBytes + 1, null, Given.Now));
        Assert.Throws<DomainRuleException>(() => @case.Attach(Given.VerifiedPhysician(), AttachmentKind.Image, "x.png", "image/png", 10, null, Given.Now));
    }

    [Fact]
    public void An_unknown_specialty_is_refused_naming_the_value_so_the_api_can_point_at_its_input()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            Case.Post(Given.VerifiedPhysician(), "astrology", "Resistant hypertension", "What next?", Given.Patient(), Given.Now));

        Assert.Equal(DomainErrorCodes.InvalidArgument, error.Code);
        Assert.Equal("Specialty", error.Field);
    }
}
