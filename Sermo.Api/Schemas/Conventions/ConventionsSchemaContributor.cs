using Sermo.Api.Schemas.Partner;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>What every area of the partner graph builds on: <c>node</c>/<c>nodes</c>, <c>PageInfo</c>, the
/// mutation error type, and the <see cref="Caller"/> resolver parameter.</summary>
public sealed class ConventionsSchemaContributor : IPartnerSchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.Query(query => RelayTypes.NodeFields(query, schema.Nodes));
        RelayTypes.AddPageInfo(schema.Types);
        schema.Types.AddType<INode>().AddType<MutationError>().AddParameterInjector(new CallerInjector());
    }
}
