using Sermo.GraphQL.Types;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>Every field of the type bound to <typeparamref name="T"/> requires the <c>physician</c> role: added as an
/// extension, so the same types build with and without authorization for comparing the two.</summary>
public sealed class PhysicianOnly<T> : ObjectTypeExtension<T>
{
    public const string Role = "physician";

    public override void Configure(ObjectTypeDescriptor<T> type) => type.AuthorizeRoles(Role);
}
