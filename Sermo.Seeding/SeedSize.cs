namespace Sermo.Seeding;

public enum SeedSize
{
    /// <summary>A few hundred members: loads in seconds, shows every feature.</summary>
    Demo,
    /// <summary>The real product's size: 100,000 physicians, 2,250 drugs, 1,000,000 ratings.</summary>
    Scale,
}
