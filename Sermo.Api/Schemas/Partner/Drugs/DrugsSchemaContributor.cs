using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Drugs;
using Sermo.Domain.Organisations;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary>The drug catalogue: drugs, their classes, indications and manufacturers, as nodes and through
/// <c>drugs</c>, <c>drugClasses</c> and <c>indications</c>. Public product information, read by members, staff,
/// agencies and reviewers (<see cref="SermoPolicies.DrugCatalogue"/>); what members think of a drug is the ratings area's.</summary>
public sealed class DrugsSchemaContributor(DrugListing listing) : IPartnerSchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.Types
            .AddType<DrugType>()
            .AddType<DrugClassType>()
            .AddType<IndicationType>()
            .AddType<OrganisationType>()
            .AddType<OrganisationKind>();
        RelayTypes.AddConnection<Drug>(schema.Types, "Drug", withTotalCount: true);
        RelayTypes.AddConnection<DrugClass>(schema.Types, "DrugClass", withTotalCount: true);
        RelayTypes.AddConnection<Indication>(schema.Types, "Indication", withTotalCount: true);
        listing.Filter.AddTo(schema.Types);
        DrugListing.Sort.AddTo(schema.Types, "DrugSort");
        DrugListing.ClassFilter.AddTo(schema.Types);
        DrugListing.IndicationFilter.AddTo(schema.Types);

        schema.Node<Drug, Guid>("Drug", d => d.Id, CatalogueVisibility.LoadAsync<DrugById, Drug>);
        schema.Node<DrugClass, Guid>("DrugClass", c => c.Id, CatalogueVisibility.LoadAsync<DrugClassById, DrugClass>);
        schema.Node<Indication, Guid>("Indication", i => i.Id, CatalogueVisibility.LoadAsync<IndicationById, Indication>);
        schema.Node<Organisation, Guid>("Organisation", o => o.Id, CatalogueVisibility.LoadAsync<OrganisationById, Organisation>);

        schema.Query(query =>
        {
            query.Field("drugs").Type("DrugConnection!").AuthorizeRoles(CatalogueRoles.All).AuthorizePolicy(SermoPolicies.DrugCatalogue)
                .Description("The drug catalogue, by brand name unless ordered otherwise. Name filters ignore case.")
                .Argument("where", "DrugFilter", "Conditions on the drugs.")
                .Argument("orderBy", "[DrugSort!]", "The order, field by field; the brand name by default.")
                .PagingArguments()
                .Resolve(context => ConnectionQuery.PageAsync(context, db => db.Drugs, listing.Filter, DrugListing.Sort));
            query.Field("drugClasses").Type("DrugClassConnection!").AuthorizeRoles(CatalogueRoles.All).AuthorizePolicy(SermoPolicies.DrugCatalogue)
                .Description("The drug classes, by name (to filter drugs by class).")
                .Argument("where", "DrugClassFilter", "Conditions on the classes.")
                .PagingArguments()
                .Resolve(context => ConnectionQuery.PageAsync(context, db => db.DrugClasses, DrugListing.ClassFilter, DrugListing.ClassSort));
            query.Field("indications").Type("IndicationConnection!").AuthorizeRoles(CatalogueRoles.All).AuthorizePolicy(SermoPolicies.DrugCatalogue)
                .Description("The indications drugs are listed for, by name (to filter drugs, and to rate one for an indication).")
                .Argument("where", "IndicationFilter", "Conditions on the indications.")
                .PagingArguments()
                .Resolve(context => ConnectionQuery.PageAsync(context, db => db.Indications, DrugListing.IndicationFilter, DrugListing.IndicationSort));
        });
    }
}
