namespace Sermo.Domain;

/// <summary>
/// The twenty regions, after the UN M49 geoscheme: its sub-regions, with Latin America and the Caribbean split
/// into its three intermediate regions, Sub-Saharan Africa kept whole (its four parts would each hold few
/// members), and Antarctica, which M49 leaves outside every region, as a region of its own.
/// Outlying territories sit where M49 puts them (Bouvet Island in South America, the French Southern
/// Territories in Sub-Saharan Africa, Heard and McDonald Islands in Australia and New Zealand).
/// </summary>
public static class CountryRegions
{
    // Each region with its ISO 3166-1 alpha-2 codes; a test proves they cover Countries.Codes, each code once.
    private static readonly (CountryRegion Region, string Codes)[] Regions =
    [
        (new("northern-africa", "Northern Africa"), "DZ EG EH LY MA SD TN"),
        (new("sub-saharan-africa", "Sub-Saharan Africa"),
            "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW IO KE KM LR LS MG " +
            "ML MR MU MW MZ NA NE NG RE RW SC SH SL SN SO SS ST SZ TD TF TG TZ UG YT ZA ZM ZW"),
        (new("caribbean", "Caribbean"), "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI"),
        (new("central-america", "Central America"), "BZ CR GT HN MX NI PA SV"),
        (new("south-america", "South America"), "AR BO BR BV CL CO EC FK GF GS GY PE PY SR UY VE"),
        (new("northern-america", "Northern America"), "BM CA GL PM US"),
        (new("central-asia", "Central Asia"), "KG KZ TJ TM UZ"),
        (new("eastern-asia", "Eastern Asia"), "CN HK JP KP KR MN MO TW"),
        (new("south-eastern-asia", "South-eastern Asia"), "BN ID KH LA MM MY PH SG TH TL VN"),
        (new("southern-asia", "Southern Asia"), "AF BD BT IN IR LK MV NP PK"),
        (new("western-asia", "Western Asia"), "AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE"),
        (new("eastern-europe", "Eastern Europe"), "BG BY CZ HU MD PL RO RU SK UA"),
        (new("northern-europe", "Northern Europe"), "AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ"),
        (new("southern-europe", "Southern Europe"), "AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA"),
        (new("western-europe", "Western Europe"), "AT BE CH DE FR LI LU MC NL"),
        (new("australia-and-new-zealand", "Australia and New Zealand"), "AU CC CX HM NF NZ"),
        (new("melanesia", "Melanesia"), "FJ NC PG SB VU"),
        (new("micronesia", "Micronesia"), "FM GU KI MH MP NR PW UM"),
        (new("polynesia", "Polynesia"), "AS CK NU PF PN TK TO TV WF WS"),
        (new("antarctica", "Antarctica"), "AQ"),
    ];

    public static IReadOnlyList<CountryRegion> All { get; } = [.. Regions.Select(r => r.Region)];

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> CountryCodesByRegion { get; } =
        Regions.ToDictionary(r => r.Region.Code, r => (IReadOnlyList<string>)r.Codes.Split(' '), StringComparer.Ordinal);

    internal static IReadOnlyDictionary<string, CountryRegion> ByCountryCode { get; } = Regions
        .SelectMany(r => r.Codes.Split(' '), (r, country) => (r.Region, country))
        .ToDictionary(m => m.country, m => m.Region, StringComparer.Ordinal);
}
