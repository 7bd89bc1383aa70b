using System.Linq.Expressions;
using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>A <c>[Parent]</c> parameter: the object whose field is resolved (for a subscription's event resolver: the event).</summary>
internal sealed class ParentInjector : IResolverParameterInjector
{
    public bool CanInject(ResolverParameter parameter) => parameter.Parameter.GetCustomAttribute<ParentAttribute>() is not null;

    public Expression Inject(ResolverParameter parameter) => ResolverCompiler.ParentParameter(parameter.Type);
}
