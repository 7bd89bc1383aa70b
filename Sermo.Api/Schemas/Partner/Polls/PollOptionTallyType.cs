using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

public sealed class PollOptionTallyType : ObjectTypeConfiguration<PollOptionCount>
{
    public override void Configure(ObjectTypeDescriptor<PollOptionCount> type)
    {
        type.Name("PollOptionTally").Description("One option's votes in a live update.");
        type.Field("option").Type("PollOption!").Description("The option.")
            .ResolveWith(async ([Parent] PollOptionCount c, PollOptionById options) => await options.LoadAsync(c.OptionId));
        type.Field(c => c.Votes).Description("Votes for the option so far.");
    }
}
