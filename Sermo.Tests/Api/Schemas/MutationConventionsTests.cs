using System.Reflection;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain;
using Sermo.Domain.Privacy;

namespace Sermo.Tests.Api.Schemas;

/// <summary>The mutation convention turns every refusal of the domain into a typed error with the input's path.</summary>
public sealed class MutationConventionsTests
{
    public static TheoryData<string> DomainCodes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(DomainErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            data.Add((string)field.GetValue(null)!);
        return data;
    }

    [Theory]
    [MemberData(nameof(DomainCodes))]
    public void Every_domain_code_has_a_graphql_code_of_the_same_spelling(string domainCode)
    {
        var code = MutationConventions.CodeOf(domainCode);
        Assert.Equal(domainCode.Replace("_", ""), code.ToString(), ignoreCase: true);
    }

    [Fact]
    public async Task A_refusal_names_the_input_field_the_domain_named()
    {
        var fields = new InputFields(("Title", "title"), ("History", "patient.history"));
        var payload = await MutationConventions.RunAsync<object>(fields, () => throw new DomainRuleException(DomainErrorCodes.InvalidArgument, "Title is required.", "Title"));
        var error = Assert.Single(payload.Errors);
        Assert.Null(payload.Value);
        Assert.Equal(MutationErrorCode.InvalidArgument, error.Code);
        Assert.Equal(["input", "title"], error.Path);
    }

    [Fact]
    public async Task Each_patient_identifier_found_is_one_error_at_its_field()
    {
        var fields = new InputFields(("Title", "title"), ("History", "patient.history"));
        var payload = await MutationConventions.RunAsync<object>(fields, () =>
        {
            PatientIdentifierGuard.EnsureNone(("Title", "Chest pain"), ("History", "Seen on 03/04/2021, MRN 12345678, call 555-123-4567."));
            return Task.FromResult(new object());
        });
        Assert.True(payload.Errors.Count >= 2);
        Assert.All(payload.Errors, error =>
        {
            Assert.Equal(MutationErrorCode.PatientIdentifierFound, error.Code);
            Assert.Equal(["input", "patient", "history"], error.Path);
            Assert.Contains("History: ", error.Message);
        });
    }

    [Fact]
    public async Task Anything_that_is_not_a_rule_propagates()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            MutationConventions.RunAsync<object>(InputFields.None, () => throw new InvalidOperationException("a bug")));
    }
}
