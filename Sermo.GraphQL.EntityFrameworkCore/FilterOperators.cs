namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>The operators a declared filter field accepts (its input object has one field per operator).</summary>
[Flags]
public enum FilterOperators
{
    None = 0,
    Eq = 1,
    Neq = 2,
    In = 4,
    Gt = 8,
    Gte = 16,
    Lt = 32,
    Lte = 64,
    Contains = 128,
    StartsWith = 256,

    Equality = Eq | Neq | In,
    Comparison = Eq | Neq | Gt | Gte | Lt | Lte,
}
