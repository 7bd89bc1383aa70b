using Sermo.GraphQL.Types.CodeFirst;

namespace Sermo.GraphQL.Types;

/// <summary>Fields that another part of the application adds to the GraphQL type bound to <typeparamref name="T"/>
/// (<c>AddType&lt;PhysicianCasesExtension&gt;()</c>). Any number of extensions may add fields to one type; a field
/// name given twice fails the build naming both places. An extension may not rename or describe the type.</summary>
public abstract class ObjectTypeExtension<T> : IConfigurationClass
{
    public abstract void Configure(ObjectTypeDescriptor<T> type);

    ObjectTypeDescriptor IConfigurationClass.Describe()
    {
        var descriptor = new ObjectTypeDescriptor<T>(null, ConfigurationSource.Of(GetType()), isExtension: true);
        Configure(descriptor);
        return descriptor;
    }
}
