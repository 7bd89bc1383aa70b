using Sermo.GraphQL.Types.CodeFirst;

namespace Sermo.GraphQL.Types;

/// <summary>The one configuration of the GraphQL type bound to <typeparamref name="T"/>, as a class
/// (<c>AddType&lt;PhysicianType&gt;()</c>; other fields then refer to it as <c>Type&lt;NonNull&lt;PhysicianType&gt;&gt;()</c>).
/// A second configuration of the same type fails the build; add fields from elsewhere with an
/// <see cref="ObjectTypeExtension{T}"/>.</summary>
public abstract class ObjectTypeConfiguration<T> : IConfigurationClass
{
    public abstract void Configure(ObjectTypeDescriptor<T> type);

    ObjectTypeDescriptor IConfigurationClass.Describe()
    {
        var descriptor = new ObjectTypeDescriptor<T>(null, ConfigurationSource.Of(GetType()), isExtension: false);
        Configure(descriptor);
        return descriptor;
    }
}
