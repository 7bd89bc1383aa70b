using System.Text.Json;
using Sermo.Api.Auth;

namespace Sermo.Tests.Partner;

/// <summary>Two staff recording the same credential stage at once: the check's key settles the race, and the loser
/// gets the typed answer of a concurrent change, never an unexpected error.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class CredentialCheckRaceTests(PartnerGraphFixture fixture)
{
    private const int Writers = 8;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Staff_recording_one_stage_at_once_get_one_success_and_typed_refusals(string provider)
    {
        var server = fixture.Server(provider);
        var applicant = PartnerIds.Of(server, "Physician", await PhysiciansGraphTests.NewApplicantAsync(server));
        const string Record = """
            mutation($input: RecordCredentialCheckInput!) { recordCredentialCheck(input: $input) {
              physician { credentialChecks { stage } } errors { code } } }
            """;

        var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer =>
            fixture.Client(provider, server.IssueToken($"staff-racer-{writer}", SermoRoles.Staff))
                .PostAsync(Record, new { input = new { physicianId = applicant, stage = "IDENTITY", passed = true } })));

        Assert.All(answers, answer => Assert.False(answer.TryGetProperty("errors", out var errors), $"Top-level errors: {errors}"));
        var payloads = answers.Select(answer => answer.GetProperty("data").GetProperty("recordCredentialCheck")).ToList();
        var succeeded = payloads.Where(payload => payload.GetProperty("errors").GetArrayLength() == 0).ToList();
        var success = Assert.Single(succeeded);
        Assert.Single(success.GetProperty("physician").GetProperty("credentialChecks").EnumerateArray());
        Assert.All(payloads.Except(succeeded), payload =>
        {
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("physician").ValueKind);
            Assert.Contains(payload.GetProperty("errors")[0].GetProperty("code").GetString(), new[] { "CONCURRENT_CHANGE", "CREDENTIAL_STAGE_OUT_OF_ORDER" });
        });
    }
}
