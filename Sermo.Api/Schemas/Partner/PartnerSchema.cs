namespace Sermo.Api.Schemas.Partner;

/// <summary>The partner graph: physicians, cases, polls, ratings and Pages for agency frontends, open to
/// anonymous callers at the door (fields decide what each caller sees).</summary>
public static class PartnerSchema
{
    public const string Name = "partner";
    public const string Path = "/graphql";
    public const string Description = "The Sermo partner graph: a closed network of verified physicians, for agency frontends.";
}
