using Sermo.Domain.Pages;

namespace Sermo.Seeding;

/// <summary>Members' follows, views and reactions on the seeded Pages.</summary>
public sealed record PageEngagement(IReadOnlyList<PageFollow> Follows, IReadOnlyList<PageView> Views, IReadOnlyList<PostReaction> Reactions);
