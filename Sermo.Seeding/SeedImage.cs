using Sermo.Domain.Pages;

namespace Sermo.Seeding;

/// <summary>An image of the seed: its row, and the bytes the host puts in its blob store under the row's key.</summary>
public sealed record SeedImage(StoredImage Image, byte[] Bytes);
