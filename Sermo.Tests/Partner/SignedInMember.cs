using Sermo.Domain.Physicians;

namespace Sermo.Tests.Partner;

/// <summary>A member made for a test, with a physician token for them and a client that sends it.</summary>
public sealed record SignedInMember(Physician Member, string Token, GraphClient Client);
