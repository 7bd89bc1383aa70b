namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>An <see cref="ObjectTypeConfiguration{T}"/> or <see cref="ObjectTypeExtension{T}"/> class: runs itself on a new descriptor.</summary>
internal interface IConfigurationClass
{
    ObjectTypeDescriptor Describe();
}
