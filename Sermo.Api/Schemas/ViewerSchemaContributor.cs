using Sermo.Api.Schemas.Partner;
using Sermo.Api.Schemas.Pharma;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas;

/// <summary><c>viewer</c> on both graphs: lets a client check which token it is using and what it grants.</summary>
public sealed class ViewerSchemaContributor : IPartnerSchemaContributor, IPharmaSchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        var name = schema.Name;
        schema.Query(query => query.Field("viewer")
            .Type<NonNull<Viewer>>()
            .Description("The caller: whether a token was sent, its subject and roles, and which graph answers.")
            .Resolve(context => Viewer.Of(context.User, name)));
    }
}
