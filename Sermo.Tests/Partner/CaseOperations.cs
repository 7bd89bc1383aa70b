using System.Text.Json;

namespace Sermo.Tests.Partner;

/// <summary>The case mutations as a client sends them, for the cases tests: each returns the payload (the object and
/// <c>errors</c>) of one call.</summary>
public static class CaseOperations
{
    public const string PostCase = """
        mutation($input: PostCaseInput!) { postCase(input: $input) {
          case { id title status specialty { code } patient { ageBand sex history findings } author { displayName } }
          errors { code message path } } }
        """;

    private const string ResponseSelection = "response { id kind body support opposition viewerVote author { displayName } } errors { code message path }";
    private const string CaseSelection = "case { id status solvedAt timeToSolution acceptedAdvice { id } } errors { code message path }";

    public static object NewCase(string title = "Resistant hypertension despite three agents", string history = "Hypertension for ten years; on amlodipine, losartan and a thiazide.") => new
    {
        specialty = "cardiology",
        title,
        question = "What would you add next, and would you screen for secondary causes first?",
        patient = new { ageBand = "FROM60_TO69", sex = "FEMALE", history, findings = "Office BP 162/98, eGFR 55, potassium 3.6." },
    };

    /// <summary>Posts a case as the client's member and returns its global id.</summary>
    public static async Task<string> PostAsync(GraphClient author, object? input = null)
    {
        var payload = (await author.DataAsync(PostCase, new { input = input ?? NewCase() })).GetProperty("postCase");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        return payload.GetProperty("case").GetProperty("id").GetString()!;
    }

    /// <summary>askFollowUp, answerFollowUp, giveAdvice or proposeAction on a case.</summary>
    public static async Task<JsonElement> RespondAsync(GraphClient member, string mutation, string caseId, string body)
    {
        var input = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var data = await member.DataAsync($"mutation($input: {input}!) {{ {mutation}(input: $input) {{ {ResponseSelection} }} }}",
            new { input = new { caseId, body } });
        return data.GetProperty(mutation);
    }

    /// <summary>respondAsync that must succeed: the new response's global id.</summary>
    public static async Task<string> RespondedAsync(GraphClient member, string mutation, string caseId, string body)
    {
        var payload = await RespondAsync(member, mutation, caseId, body);
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        return payload.GetProperty("response").GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> VoteAsync(GraphClient member, string responseId, string vote) =>
        (await member.DataAsync($"mutation($input: VoteOnActionInput!) {{ voteOnAction(input: $input) {{ {ResponseSelection} }} }}",
            new { input = new { responseId, vote } })).GetProperty("voteOnAction");

    public static async Task<JsonElement> AcceptAsync(GraphClient author, string responseId) =>
        (await author.DataAsync($"mutation($input: AcceptAdviceInput!) {{ acceptAdvice(input: $input) {{ {CaseSelection} }} }}",
            new { input = new { responseId } })).GetProperty("acceptAdvice");

    public static async Task<JsonElement> MarkSolvedAsync(GraphClient author, string caseId) =>
        (await author.DataAsync($"mutation($input: MarkSolvedInput!) {{ markSolved(input: $input) {{ {CaseSelection} }} }}",
            new { input = new { caseId } })).GetProperty("markSolved");

    /// <summary>The codes of a payload's errors.</summary>
    public static IReadOnlyList<string?> ErrorCodes(JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())];
}
