using Sermo.Domain.Drugs;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary>How the catalogue's drugs may be filtered and sorted: by names, class, indication and manufacturer, all
/// of them catalogue facts every caller of <c>drugs</c> reads. Nothing about ratings: agency and reviewer tokens list
/// drugs too, so an order or filter by what members said would show it to them.</summary>
public sealed class DrugListing
{
    public DrugListing(GlobalIdCodec ids)
    {
        Filter = new FilterDefinition<Drug>("DrugFilter")
            .TextField("brandName", d => d.BrandName)
            .TextField("genericName", d => d.GenericName)
            .AnyField("class", d => d.Classes.Select(c => c.DrugClassId), FilterOperators.Eq | FilterOperators.In, "ID",
                value => ids.Decode<Guid>(value as string, "DrugClass"))
            .AnyField("indication", d => d.Indications.Select(i => i.IndicationId), FilterOperators.Eq | FilterOperators.In, "ID",
                value => ids.Decode<Guid>(value as string, "Indication"))
            .Field("manufacturer", d => d.ManufacturerId, FilterOperators.Eq | FilterOperators.In, "ID",
                value => ids.Decode<Guid>(value as string, "Organisation"));
    }

    public FilterDefinition<Drug> Filter { get; }

    public static SortDefinition<Drug> Sort { get; } = SortDefinition<Drug>.WithKey("Drug", d => d.Id)
        .Field("brandName", d => d.BrandName)
        .Field("genericName", d => d.GenericName)
        .DefaultOrder(new SortField("brandName", SortDirection.Ascending));

    public static SortDefinition<DrugClass> ClassSort { get; } = SortDefinition<DrugClass>.WithKey("DrugClass", c => c.Id)
        .Field("name", c => c.Name)
        .DefaultOrder(new SortField("name", SortDirection.Ascending));

    public static FilterDefinition<DrugClass> ClassFilter { get; } = new FilterDefinition<DrugClass>("DrugClassFilter").TextField("name", c => c.Name);

    public static SortDefinition<Indication> IndicationSort { get; } = SortDefinition<Indication>.WithKey("Indication", i => i.Id)
        .Field("name", i => i.Name)
        .DefaultOrder(new SortField("name", SortDirection.Ascending));

    public static FilterDefinition<Indication> IndicationFilter { get; } = new FilterDefinition<Indication>("IndicationFilter").TextField("name", i => i.Name);
}
