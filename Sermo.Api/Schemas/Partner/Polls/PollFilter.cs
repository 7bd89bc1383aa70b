using Sermo.Api.Schemas.Conventions;
using Sermo.Domain;
using Sermo.Domain.Polls;
using Sermo.GraphQL;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>The <c>where</c> of <c>polls</c>. State is derived from times, so it cannot be a column filter: each state
/// becomes the domain's conditions on the opening, closing and publication times (<see cref="PollConditions"/>), with
/// now as a parameter; the country becomes a condition on the target countries. Both run in SQL.</summary>
[GraphQLName("PollFilter")]
[GraphQLDescription("Conditions on polls; all given conditions hold.")]
public sealed record PollFilter(
    [GraphQLDescription("The poll's state now.")] PollStateFilter? State,
    [GraphQLDescription("Whose members may vote.")] PollCountryFilter? Country)
{
    public const int MaxListValues = 100;

    public IQueryable<Poll> Apply(IQueryable<Poll> polls, DateTime now)
    {
        if (State?.Eq is { } state)
            polls = polls.Where(PollConditions.InState(state, now));
        if (State?.In is { } states)
            polls = polls.Where(PollConditions.InStates(Bounded(states, "state"), now));
        if (Country?.Eq is { } country)
            polls = polls.Where(PollConditions.OpenTo(Normalised(country)));
        if (Country?.In is { } countries)
        {
            var codes = Bounded(countries, "country").Select(Normalised).Distinct().ToList();
            // Targeting none (open to all), or targeting one of them.
            polls = polls.Where(p => p.TargetCountries.Count == 0 || p.TargetCountries.Any(c => codes.Contains(c)));
        }
        return polls;
    }

    private static string Normalised(string country)
    {
        try
        {
            return Countries.Normalise(country);
        }
        catch (DomainRuleException invalid)
        {
            throw BadInput(invalid.Message);
        }
    }

    private static IReadOnlyList<T> Bounded<T>(IReadOnlyList<T> values, string field) =>
        values.Count <= MaxListValues ? values : throw BadInput($"\"in\" on \"{field}\" takes at most {MaxListValues} values; got {values.Count}.");

    private static GraphQLException BadInput(string message) => FieldErrors.BadUserInput(message);
}
