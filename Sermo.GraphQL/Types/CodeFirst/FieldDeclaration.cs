using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>One field a type declares: a member marked <see cref="GraphQLFieldAttribute"/> or named by a descriptor
/// (<see cref="Member"/>), or a descriptor field of its own; <see cref="Source"/> says where, for clashes.</summary>
internal sealed record FieldDeclaration(string Name, MemberInfo? Member, FieldDescriptor? Descriptor, string Source);
